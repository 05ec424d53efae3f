// npm test: what compromise-extract prints for a made-up article.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { extractFile } = require('./extract');

const dirs = [];
test.after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function article(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compromise-extract-'));
  dirs.push(dir);
  const file = path.join(dir, 'okafor.txt');
  fs.writeFileSync(file, text);
  return file;
}

test('people, countries and organisations in newsgraph shape', () => {
  const file = article('date 2025-03-04\n\nAda Okafor met officials of the United Nations in Nairobi, Kenya. ' +
    "Kenya's port reopened, Ada Okafor said.\n");
  const doc = extractFile(file);
  assert.strictEqual(doc.id, 'okafor');
  assert.strictEqual(doc.source, file);
  assert.strictEqual(doc.date, '2025-03-04');
  assert.deepStrictEqual(doc.roles, []);
  assert.deepStrictEqual(doc.statements, []);
  const byName = Object.fromEntries(doc.entities.map((e) => [e.name, e.type]));
  assert.strictEqual(byName['Ada Okafor'], 'person');
  assert.strictEqual(byName['Kenya'], 'country');
  assert.strictEqual(byName['United Nations'], 'organization');
  assert.strictEqual(byName['Nairobi'], undefined, 'cities are not countries');
  assert.strictEqual(doc.entities.filter((e) => e.name === 'Kenya').length, 1, 'one entity per name');
});

test('an article without a date header is refused with its file and line', () => {
  const file = article('Ada Okafor spoke.\n');
  assert.throws(() => extractFile(file), new RegExp(`${file}:1: missing`));
});

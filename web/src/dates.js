// The date range of the console: from= and to= (YYYY-MM-DD) in the URL's
// hash, so that a filtered view can be shared and survives reloads. The
// overview, entity and search pages pass it to the API; links to entities
// keep it (dom.entityHref).

const day = /^\d{4}-\d{2}-\d{2}$/;

// range returns the current {from, to}; an end that is not a date is left
// out (the server would refuse it).
export function range(params = hashParams()) {
  const out = {};
  for (const k of ["from", "to"]) {
    const v = params.get(k);
    if (v && day.test(v)) out[k] = v;
  }
  return out;
}

export function hashParams() {
  const raw = location.hash.replace(/^#/, "");
  return new URLSearchParams(raw.includes("?") ? raw.slice(raw.indexOf("?") + 1) : "");
}

// withRange adds the current range to a hash route.
export function withRange(href, r = range()) {
  const keys = Object.keys(r);
  if (!keys.length) return href;
  const [path, query = ""] = href.split("?");
  const p = new URLSearchParams(query);
  for (const k of keys) p.set(k, r[k]);
  return path + "?" + p.toString();
}

// setRange navigates to the current page with the range r (empty ends
// dropped).
export function setRange(r) {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  const p = new URLSearchParams(query);
  for (const k of ["from", "to"]) {
    if (r[k]) p.set(k, r[k]);
    else p.delete(k);
  }
  const q = p.toString();
  location.hash = "#" + path + (q ? "?" + q : "");
}

// monthRange is the range of one month, "YYYY-MM".
export function monthRange(month) {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

// describe says the range in words, "" for none.
export function describe(r) {
  if (r.from && r.to) return r.from === r.to ? `on ${r.from}` : `from ${r.from} to ${r.to}`;
  if (r.from) return `from ${r.from}`;
  if (r.to) return `until ${r.to}`;
  return "";
}

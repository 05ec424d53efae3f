#!/usr/bin/env python3
"""Score newsgraph and its peers on the visible gold sets, as one Markdown table.

    scripts/peers.py [--eval ../shared/eval] [--sets dev,dev-modern] [--halves newsgraph] NAME=BIN...

Each BIN is a program with newsgraph's CLI and JSON output
(`BIN extract --format json FILE...`): newsgraph itself, or a peer behind
tools/peers/ (scripts/peers.sh builds them all and calls this). Every
program extracts every article of a set once, and score.py's own functions
score the output, so the figures are those `score.py GOLD --bin BIN` prints.
Programs named in --halves are also scored on the work and check halves of
each set (eval-halves.py's split; extraction is per article, so scoring a
half of one run equals scoring a run on that half).
"""
import argparse, importlib, json, os, shutil, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
load_score = importlib.import_module("eval-errors").load_score
halves = importlib.import_module("eval-halves").halves

# Columns: header, score key, field.
COLUMNS = [
    ("entities F1", "entities", "f1"),
    ("person", "type_person", "f1"),
    ("country", "type_country", "f1"),
    ("company", "type_company", "f1"),
    ("organization", "type_organization", "f1"),
    ("roles F1", "roles", "f1"),
    ("quotes F1", "quotes", "f1"),
    ("reported R", "indirect_recall", None),
    ("reported P", "indirect_precision", None),
]


def cell(res, key, field):
    v = res[key][field] if field else res[key]
    return "—" if v is None else "%.3f" % v


def row(program, label, res):
    cells = [cell(res, key, field) for _, key, field in COLUMNS]
    if res["missing_articles"]:
        cells.append("no output for %d articles" % len(res["missing_articles"]))
    return "| %s | %s | %s |" % (program, label, " | ".join(cells))


def programs(specs):
    out = []
    for spec in specs:
        name, sep, binary = spec.partition("=")
        if not sep or not name or not binary:
            sys.exit("peers.py: program %r: want NAME=BIN" % spec)
        out.append((name, binary))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval"))
    ap.add_argument("--sets", default="dev,dev-modern")
    ap.add_argument("--halves", default="newsgraph", help="programs also scored on each half, comma-separated")
    ap.add_argument("program", nargs="+", help="NAME=BIN")
    args = ap.parse_args()
    progs = programs(args.program)
    with_halves = set(args.halves.split(","))
    ev = os.path.abspath(args.eval)
    sc = load_score(ev)
    header = ["program", "set"] + [c[0] for c in COLUMNS]
    print("| %s |" % " | ".join(header))
    print("|" + "---|" * len(header))
    for name in args.sets.split(","):
        gpath = os.path.join(ev, name, "gold.json")
        gold = json.load(open(gpath))
        folder = tempfile.mkdtemp(prefix="newsgraph-peers-")
        try:
            files = sc.write_articles(gpath, gold, folder)
            for program, binary in progs:
                docs = sc.run_extract(binary, files)
                print(row(program, name, sc.score(gold, docs)), flush=True)
                if program not in with_halves:
                    continue
                for half, arts in halves(name, gold).items():
                    res = sc.score(dict(gold, articles=arts), docs)
                    print(row(program, "%s, %s half" % (name, half), res), flush=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score a newsgraph binary on the two halves of each visible gold set.

    scripts/eval-halves.py --bin NEWSGRAPH [--eval ../shared/eval] [--half work|check|both]

Extraction rules are written while looking at the *work* half only and are
checked on the *check* half before its errors are read (issue 12): the
held-out sets that matter are in other styles, and a rule fit to examples
scores lower there. The halves are fixed so that every session reports the
same split:

- dev-modern: work = the a* articles, check = the b* articles (two batches
  written apart for the set);
- dev (WSJ 1989): work = even positions of gold.json, check = odd ones.

Each half is written as a gold file of its own in a temporary folder (with
article files made absolute) and scored by the set's own score.py.

The team's own development set eval/teamdev (twelve made-up articles in the
styles the visible sets lack: wire, press release, federation, council,
obituary, Q&A, blog, court, board, charity) is scored whole after them, and so
is eval/teamdev-wire (ten made-up 1989 business-wire articles, the style of
dev WSJ); their errors may be read, unlike eval/heldout's.
"""
import argparse, json, os, subprocess, sys, tempfile


def halves(name, gold):
    arts = gold["articles"]
    if name == "dev-modern":
        work = [a for a in arts if a["id"].startswith("a")]
        check = [a for a in arts if not a["id"].startswith("a")]
    else:
        work, check = arts[0::2], arts[1::2]
    return {"work": work, "check": check}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
    ap.add_argument("--half", default="both", choices=["work", "check", "both"])
    ap.add_argument("--sets", default="dev-modern,dev")
    ap.add_argument("--teamdev", default=os.path.join(os.path.dirname(__file__), "..", "eval", "teamdev", "gold.json"),
                    help="gold file of the team's development set, scored whole ('' to skip)")
    ap.add_argument("--teamdev-wire", default=os.path.join(os.path.dirname(__file__), "..", "eval", "teamdev-wire", "gold.json"),
                    help="gold file of the team's 1989 business-wire development set, scored whole ('' to skip)")
    args = ap.parse_args()
    ev = os.path.abspath(args.eval)
    tmp = tempfile.mkdtemp()
    for name in filter(None, args.sets.split(",")):
        gpath = os.path.join(ev, name, "gold.json")
        gold = json.load(open(gpath))
        for half, arts in halves(name, gold).items():
            if args.half not in ("both", half):
                continue
            for a in arts:
                if "file" in a:
                    a["file"] = os.path.join(ev, name, a["file"])
            out = os.path.join(tmp, "%s-%s.json" % (name, half))
            json.dump(dict(gold, articles=arts), open(out, "w"))
            print("== %s, %s half (%d articles)" % (name, half, len(arts)), flush=True)
            subprocess.run([sys.executable, os.path.join(ev, "score.py"), out, "--bin", args.bin], check=True)
    if args.teamdev and os.path.exists(args.teamdev):
        print("== teamdev, whole set (%d articles)" % len(json.load(open(args.teamdev))["articles"]), flush=True)
        subprocess.run([sys.executable, os.path.join(ev, "score.py"), args.teamdev, "--bin", args.bin], check=True)
    if args.teamdev_wire and os.path.exists(args.teamdev_wire):
        print("== teamdev-wire, whole set (%d articles)" % len(json.load(open(args.teamdev_wire))["articles"]), flush=True)
        subprocess.run([sys.executable, os.path.join(ev, "score.py"), args.teamdev_wire, "--bin", args.bin], check=True)


if __name__ == "__main__":
    main()

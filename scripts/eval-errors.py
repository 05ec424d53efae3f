#!/usr/bin/env python3
"""Print the errors of a newsgraph binary on the WORK half of a visible set.

    scripts/eval-errors.py --bin NEWSGRAPH [--set dev-modern|dev] [--what entities,roles,quotes,indirect]

Only the work half is ever printed (see eval-halves.py): the check half is
scored, never read, so that rules are written for classes of sentences and
not for its examples. Matching uses score.py's own functions.
"""
import argparse, importlib.util, json, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_score(ev):
    spec = importlib.util.spec_from_file_location("score", os.path.join(ev, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--eval", default=os.path.join(HERE, "..", "..", "shared", "eval"))
    ap.add_argument("--set", default="dev-modern", help="dev-modern, dev, teamdev or teamdev-wire (eval/teamdev*, read whole)")
    ap.add_argument("--what", default="entities,roles,quotes,indirect")
    args = ap.parse_args()
    ev = os.path.abspath(args.eval)
    sc = load_score(ev)
    sys.path.insert(0, HERE)
    halves = importlib.import_module("eval-halves").halves
    if args.set in ("teamdev", "teamdev-wire"):
        gpath = os.path.join(HERE, "..", "eval", args.set, "gold.json")
        gold = json.load(open(gpath))
    else:
        gpath = os.path.join(ev, args.set, "gold.json")
        gold = json.load(open(gpath))
        gold["articles"] = halves(args.set, gold)["work"]
    tmp = tempfile.mkdtemp()
    files = sc.write_articles(gpath, gold, tmp)
    docs = sc.run_extract(args.bin, files)
    what = set(args.what.split(","))
    n = sc.norm
    for a in gold["articles"]:
        doc = docs.get(a["id"], {})
        gents = a.get("entities", [])
        print("#### %s" % a["id"])
        if "entities" in what:
            preds = [p for p in doc.get("entities") or [] if p.get("type") in sc.TYPES]
            for g in gents:
                hit = [p for p in preds if sc.names(g) & sc.pred_names(p)]
                if not hit and not g.get("optional"):
                    print("  ENT missed   %-12s %s" % (g["type"], g["name"]))
                elif hit and hit[0]["type"] != g["type"]:
                    print("  ENT type     %s: %s, want %s" % (g["name"], hit[0]["type"], g["type"]))
            for p in preds:
                if not any(sc.names(g) & sc.pred_names(p) for g in gents):
                    print("  ENT spurious %-12s %s" % (p["type"], p["name"]))
        if "roles" in what:
            pr = doc.get("roles") or []
            def same(g, p):
                pn = sc.ent_names_for(gents, g["person"])
                if not ({n(p.get("person"), True), n(p.get("person"))} & pn):
                    return False
                on = sc.ent_names_for(gents, g["org"]) if g.get("org") else None
                if on is None and p.get("org"):
                    return False
                if on is not None and (not p.get("org") or not ({n(p["org"])} & on)):
                    return False
                return sc.title_ok(g["title"], p.get("title", ""))
            for g in a.get("roles", []):
                m = [p for p in pr if same(g, p)]
                if not m:
                    print("  ROLE missed   %s | %s | %s %s" % (g["person"], g["title"], g.get("org"), sc.status(g)))
                elif sc.status(m[0]) != sc.status(g):
                    print("  ROLE status   %s | %s | %s: %s, want %s" % (g["person"], g["title"], g.get("org"), sc.status(m[0]), sc.status(g)))
            for p in pr:
                if not any(same(g, p) for g in a.get("roles", [])):
                    print("  ROLE spurious %s | %s | %s %s" % (p.get("person"), p.get("title"), p.get("org"), sc.status(p)))
        st = doc.get("statements") or []
        if "quotes" in what:
            for g in a.get("statements", []):
                if g.get("indirect"):
                    continue
                want = n(g["quote_start"])
                m = [s for s in st if not s.get("indirect") and want in n(s.get("text", ""))]
                if not m:
                    print("  QUOTE missed   %s: %s" % (g.get("speaker") or g.get("speaker_org"), g["quote_start"]))
                else:
                    sp = [s.get("speaker") or s.get("speaker_org") for s in m]
                    print("  QUOTE found    %s (want %s): %s" % (sp, g.get("speaker") or g.get("speaker_org"), g["quote_start"][:50]))
        if "indirect" in what:
            for g in a.get("statements", []):
                if g.get("indirect"):
                    print("  GOLD REPORTED  %s: %s" % (g.get("speaker"), g.get("gist")))
            for s in st:
                if s.get("indirect"):
                    print("  PRED REPORTED  %s: %s" % (s.get("speaker"), s.get("text", "")[:120]))


if __name__ == "__main__":
    main()

"""English roles under two parse modes on unseen BBC articles: every changed agent / target, to read.

    python benchmarks/events_roles_compare.py [--shared /work/shared/data] [--n 300] [--seed 8]
        [--a off] [--b check]
    python benchmarks/events_roles_compare.py --dump roles.json [--n 300] [--seed 8]   (kg's default mode)
    python benchmarks/events_roles_compare.py --diff old.json new.json
    python benchmarks/events_roles_compare.py --arabic ARTICLES.jsonl [--n 0] [--a off] [--b check]

``--arabic`` compares Arabic roles under two values of ``kg.events.roles.AR_PARSE_MODE`` on the
articles of a JSON-lines file (``id``, ``text``; all of them, or ``--n`` drawn with ``--seed``),
printing each changed agent / target with the names of the entities and the sentence.

``--dump`` writes every event's roles of the drawn articles with the code it runs (so two trees,
e.g. a commit checked out elsewhere and this one, can be compared with ``--diff``).

Draws N BBC News articles with ``random.Random(seed)``, leaving out every article that holds a
sentence of a labelled BBC set (``events_bbc_*.tsv``: the dev sets and the held-out ones, whose
output must stay unread), runs kg's pipeline (``--ner crf``) once with
``kg.events.roles.PARSE_MODE = a`` and once with ``b``, and prints each event (same sentence,
trigger and category) whose agent or target differs, with its sentence, for reading by hand.
Ends with counts: events, events changed, roles added / replaced / removed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.model import Document  # noqa: E402


def labelled_articles(here: Path) -> set[str]:
    out: set[str] = set()
    for p in here.glob("events_bbc_*.tsv"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.split("\t")[1])
    return out


def roles_of(doc: Document, mode: str) -> dict[tuple[int, int, str], tuple[list[str], list[str], str]]:
    import kg.events.roles
    from kg.pipeline import process

    kg.events.roles.PARSE_MODE = mode
    out = process(Document(id=doc.id, text=doc.text, lang="en"), ner="crf")
    return {
        (e.sentence, e.trigger.start, e.category): (e.agent, e.target, f"{e.trigger.text} [{e.modality}]")
        for e in out.events
    }, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--a", default="off")
    ap.add_argument("--b", default="check")
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--diff", type=Path, nargs=2, default=None)
    ap.add_argument("--arabic", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.diff:
        return diff(*args.diff)
    if args.arabic:
        return compare_ar(args)
    skip = labelled_articles(Path(__file__).resolve().parent)
    arts = []
    for line in (args.shared / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["id"] not in skip:
            arts.append(r)
    drawn = random.Random(args.seed).sample(arts, args.n)
    counts = {"events": 0, "changed": 0, "added": 0, "replaced": 0, "removed": 0}
    if args.dump:
        import kg.events.roles
        from kg.pipeline import process

        rows = []
        for r in drawn:
            out = process(Document(id=r["id"], text=r["text"], lang="en"), ner="crf")
            for e in out.events:
                s, t = out.sentences[e.sentence]
                rows.append([r["id"], e.sentence, e.trigger.start, e.category, e.agent, e.target,
                             f"{e.trigger.text} [{e.modality}]", out.text[s:t].strip()[:400]])
        args.dump.write_text(json.dumps(rows), encoding="utf-8")
        print(f"{len(rows)} events, mode {kg.events.roles.PARSE_MODE}")
        return 0
    for r in drawn:
        doc = Document(id=r["id"], text=r["text"], lang="en")
        ra, _ = roles_of(doc, args.a)
        rb, out = roles_of(doc, args.b)
        counts["events"] += len(rb)
        for k in sorted(set(ra) & set(rb)):
            (aa, at, trig), (ba, bt, _) = ra[k], rb[k]
            if (aa, at) == (ba, bt):
                continue
            counts["changed"] += 1
            for old, new in ((aa, ba), (at, bt)):
                if old == new:
                    continue
                counts["added" if not old else "removed" if not new else "replaced"] += 1
            s, e = out.sentences[k[0]]
            print(f"\n{r['id']} {k[2]} {trig}: {out.text[s:e].strip()[:400]}")
            if aa != ba:
                print(f"   agent  {aa} -> {ba}")
            if at != bt:
                print(f"   target {at} -> {bt}")
    print("\n", counts)
    return 0


def compare_ar(args: argparse.Namespace) -> int:
    """Arabic roles with ``AR_PARSE_MODE`` = ``args.a`` and ``args.b``: every changed role, to read."""
    import kg.events.roles
    from kg.pipeline import process

    arts = [json.loads(line) for line in args.arabic.open(encoding="utf-8") if line.strip()]
    if args.n:
        arts = random.Random(args.seed).sample(arts, min(args.n, len(arts)))
    counts = {"articles": len(arts), "events": 0, "changed": 0, "added": 0, "replaced": 0, "removed": 0}

    def name(doc: Document, keys: list[str]) -> list[str]:
        out = []
        for k in keys:
            ent = doc.entities.get(k)
            out.append(ent.mentions[0].text if ent is not None and ent.mentions else k)
        return out

    for r in arts:
        got = []
        for mode in (args.a, args.b):
            kg.events.roles.AR_PARSE_MODE = mode
            out = process(Document(id=r["id"], text=r["text"], lang="ar"), ner="crf")
            got.append(({(e.sentence, e.trigger.start, e.category): e for e in out.events}, out))
        (ea, _), (eb, out) = got
        counts["events"] += len(eb)
        for k in sorted(set(ea) & set(eb)):
            a, b = ea[k], eb[k]
            if (a.agent, a.target) == (b.agent, b.target):
                continue
            counts["changed"] += 1
            for old, new in ((a.agent, b.agent), (a.target, b.target)):
                if old != new:
                    counts["added" if not old else "removed" if not new else "replaced"] += 1
            s, e = out.sentences[k[0]]
            print(f"\n{r['id']} {k[2]} {b.trigger.text}: {out.text[s:e].strip()[:400]}")
            if a.agent != b.agent:
                print(f"   agent  {name(out, a.agent)} -> {name(out, b.agent)}")
            if a.target != b.target:
                print(f"   target {name(out, a.target)} -> {name(out, b.target)}")
        for k in sorted(set(ea) ^ set(eb)):
            print(f"\nonly {'a' if k in ea else 'b'}: {r['id']} {k}")
    print("\n", counts)
    return 0


def diff(old: Path, new: Path) -> int:
    """Print the events (same article, sentence, trigger, category) whose roles differ."""
    a = {tuple(r[:4]): r for r in json.loads(old.read_text(encoding="utf-8"))}
    b = {tuple(r[:4]): r for r in json.loads(new.read_text(encoding="utf-8"))}
    counts = {"events old": len(a), "events new": len(b), "changed": 0, "added": 0, "replaced": 0, "removed": 0}
    for k in sorted(set(a) & set(b), key=str):
        ra, rb = a[k], b[k]
        if (ra[4], ra[5]) == (rb[4], rb[5]):
            continue
        counts["changed"] += 1
        for old_r, new_r in ((ra[4], rb[4]), (ra[5], rb[5])):
            if old_r != new_r:
                counts["added" if not old_r else "removed" if not new_r else "replaced"] += 1
        print(f"\n{k[0]} {k[3]} {rb[6]}: {rb[7]}")
        if ra[4] != rb[4]:
            print(f"   agent  {ra[4]} -> {rb[4]}")
        if ra[5] != rb[5]:
            print(f"   target {ra[5]} -> {rb[5]}")
    for k in sorted(set(a) ^ set(b), key=str):
        r = a.get(k) or b[k]
        print(f"\n{'only old' if k in a else 'only new'}: {k[0]} {k[3]} {r[6]} A={r[4]} T={r[5]}: {r[7][:200]}")
    print("\n", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

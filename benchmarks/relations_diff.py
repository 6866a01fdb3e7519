"""What a change does to kg's relations on real news: record them, list them, diff them, judge blind.

    # record the relations of a tree (run from that tree's directory)
    PYTHONPATH=. python benchmarks/relations_diff.py record SAMPLE.jsonl N OUT.pkl [--events EV.pkl]
    # (--events: the events too, as events_diff.py record writes them, from the same pass)
    # every row, for reading (a seeded draw of K rows with --draw K --seed S)
    python benchmarks/relations_diff.py show OUT.pkl [--draw 80 --seed 17]
    # the rows gone and new between two recordings
    python benchmarks/relations_diff.py diff BEFORE.pkl AFTER.pkl
    # a blind judgment: every (sentence, subject) whose relations differ, both versions
    # unlabelled in random order (the key, which version is AFTER, goes to OUT.key); judge each
    # item P, Q or = in a file of "index verdict" lines, then unmix
    python benchmarks/relations_diff.py blind BEFORE.pkl AFTER.pkl OUT.txt --seed 1717 --n 60
    python benchmarks/relations_diff.py unmix OUT.txt.key JUDGED.txt

The relations are those :func:`kg.pipeline.process` gives each document (``kg build`` writes the
same ones, as kg:Statement with kg:sentence); a row shows the subject and object by the
document's own label, the title's owner (``of``) and the source sentence. Nothing is scored:
the output is for reading. Needs the articles (e.g. ../shared/data).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys

# the same blind judgment as for events (benchmarks/ is on sys.path when a script there runs)
from events_diff import _label, event_rows, unmix, write_blind


def record(src: str, n: int, out: str, events: str | None = None) -> None:
    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    res: dict[str, list[tuple]] = {}
    evs: dict[str, list[tuple]] = {}
    for d in itertools.islice(documents([src]), n):
        d = process(d, ner="crf")
        if events:
            evs[d.id] = event_rows(d)
        rows = []
        for r in d.relations:
            sent = d.sentence_text(r.sentence) if r.sentence is not None else ""
            obj = r.object if r.object_is_literal else _label(d, r.object)
            of = _label(d, str(r.attrs["of"])) if r.attrs.get("of") else ""
            ev = r.evidence.text if r.evidence is not None else ""
            rows.append((r.sentence if r.sentence is not None else -1, _label(d, r.subject), r.predicate, obj, of,
                         r.confidence, ev, sent))
        res[d.id] = sorted(rows)
    with open(out, "wb") as fh:
        pickle.dump(res, fh)
    print(f"{len(res)} documents, {sum(len(v) for v in res.values())} relations -> {out}")
    if events:
        with open(events, "wb") as fh:
            pickle.dump(evs, fh)
        print(f"{len(evs)} documents, {sum(len(v) for v in evs.values())} events -> {events}")


def _shown(x: tuple) -> str:
    of = f" (of {x[4]})" if x[4] else ""
    return f"{x[1]} {x[2]} {x[3]}{of} [{x[5]}]"


def _load(path: str) -> dict[str, list[tuple]]:
    with open(path, "rb") as fh:
        return pickle.load(fh)


def show(path: str, draw: int, seed: int, pred: str | None) -> None:
    import random

    rows = [(doc, x) for doc, xs in sorted(_load(path).items()) for x in xs if pred in (None, x[2])]
    picked = list(range(len(rows)))
    if draw:
        picked = sorted(random.Random(seed).sample(picked, min(draw, len(rows))))
    for i in picked:
        doc, x = rows[i]
        print(f"[{i}] {doc} s{x[0]}: {_shown(x)}\n    «{x[6]}»\n    {x[7][:400]}")
    print(f"{len(picked)} of {len(rows)} rows")


def _groups(res: dict[str, list[tuple]]) -> dict[tuple, list[tuple]]:
    out: dict[tuple, list[tuple]] = {}
    for doc, xs in res.items():
        for x in xs:
            out.setdefault((doc, x[0], x[1]), []).append(x)
    return out


def diff(before: str, after: str) -> None:
    a, b = _load(before), _load(after)
    gone = new = 0
    for doc in sorted(set(a) | set(b)):
        old = {x[:5] for x in a.get(doc, [])}
        now = {x[:5] for x in b.get(doc, [])}
        sents = {x[0]: x[7] for x in a.get(doc, []) + b.get(doc, [])}
        for x in sorted(old - now):
            gone += 1
            print(f"GONE {doc} s{x[0]}: {_shown(x + (0.0,))}\n    {sents[x[0]][:300]}")
        for x in sorted(now - old):
            new += 1
            print(f"NEW  {doc} s{x[0]}: {_shown(x + (0.0,))}\n    {sents[x[0]][:300]}")
    total_a = sum(len(v) for v in a.values())
    total_b = sum(len(v) for v in b.values())
    print(f"relations {total_a} -> {total_b}: gone {gone}, new {new}")


def blind(before: str, after: str, out: str, seed: int, n: int) -> None:
    a, b = _groups(_load(before)), _groups(_load(after))
    items = []
    for k in sorted(set(a) | set(b)):
        p = " | ".join(sorted({_shown(x[:5] + ("",)).rstrip(" []") for x in a.get(k, [])})) or "(nothing)"
        q = " | ".join(sorted({_shown(x[:5] + ("",)).rstrip(" []") for x in b.get(k, [])})) or "(nothing)"
        if p != q:
            items.append((p, q, (k, (a.get(k) or b.get(k))[0][7])))
    write_blind(
        items,
        lambda i, first, second, x: f"[{i}] {x[0][0]} s{x[0][1]} «{x[0][2]}»\n    {x[1][:500]}\n   P: {first}\n   Q: {second}",
        out, seed, n,
    )
    print(f"{len(items)} (sentence, subject) groups differ, {min(n, len(items))} shown -> {out} (key: {out}.key)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("sample")
    r.add_argument("n", type=int)
    r.add_argument("out")
    r.add_argument("--events")
    s = sub.add_parser("show")
    s.add_argument("rec")
    s.add_argument("--draw", type=int, default=0)
    s.add_argument("--seed", type=int, default=17)
    s.add_argument("--pred")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    bl = sub.add_parser("blind")
    bl.add_argument("before")
    bl.add_argument("after")
    bl.add_argument("out")
    bl.add_argument("--seed", type=int, default=1717)
    bl.add_argument("--n", type=int, default=60)
    u = sub.add_parser("unmix")
    u.add_argument("key")
    u.add_argument("judged")
    args = ap.parse_args()
    if args.cmd == "record":
        record(args.sample, args.n, args.out, args.events)
    elif args.cmd == "show":
        show(args.rec, args.draw, args.seed, args.pred)
    elif args.cmd == "blind":
        blind(args.before, args.after, args.out, args.seed, args.n)
    elif args.cmd == "unmix":
        unmix(args.key, args.judged)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()

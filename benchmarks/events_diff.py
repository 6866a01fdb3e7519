"""What a change does to kg's events on real news: record them, then list what differs.

    # record the events of a tree (run from that tree's directory)
    PYTHONPATH=. python benchmarks/events_diff.py record SAMPLE.jsonl N OUT.pkl
    # the events gone, new and changed (category, roles or modality) between two recordings
    PYTHONPATH=. python benchmarks/events_diff.py diff BEFORE.pkl AFTER.pkl
    # a blind judgment: every trigger whose events differ, both versions unlabelled in random
    # order (the key, which version is AFTER, goes to OUT.key); judge each item P, Q or = in a
    # file of "index verdict" lines, then unmix
    python benchmarks/events_diff.py blind BEFORE.pkl AFTER.pkl OUT.txt --seed 1515 --n 40
    python benchmarks/events_diff.py unmix OUT.txt.key JUDGED.txt

Used to read every event a rule removes or adds before it ships (BENCHMARKS.md, "Lead: trigger
words in their ordinary sense"). The samples are JSONL files of articles; nothing is scored: the
output is for reading. Needs the articles (e.g. ../shared/data).
"""
from __future__ import annotations

import argparse
import itertools
import pickle
import sys


def record(src: str, n: int, out: str) -> None:
    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    res: dict[str, list[tuple]] = {}
    for d in itertools.islice(documents([src]), n):
        d = process(d, ner="crf")
        res[d.id] = event_rows(d)
    with open(out, "wb") as fh:
        pickle.dump(res, fh)
    print(f"{len(res)} documents, {sum(len(v) for v in res.values())} events -> {out}")


def event_rows(d) -> list[tuple]:  # noqa: ANN001
    """One processed document's events as this script records them (also used by
    ``relations_diff.py record --events``, which records both from one pass)."""
    evs = []
    for e in d.events:
        s0, s1 = d.sentences[e.sentence][:2]
        evs.append((e.trigger.start, e.trigger.end, e.category, d.text[e.trigger.start : e.trigger.end],
                    tuple(e.agent), tuple(e.target), e.modality, d.text[s0:s1],
                    tuple(e.place), tuple(_label(d, k) for k in (*e.agent, *e.target, *e.place))))
    return sorted(evs)


def _label(doc, key: str) -> str:  # noqa: ANN001
    ent = doc.entities.get(key)
    if ent is None:
        return key
    return ent.labels.get(doc.lang) or next(iter(ent.labels.values()), key)


def _shown(x: tuple) -> str:
    """One event as a judge reads it: category, agent, target and place by label, modality."""
    names = iter(x[9]) if len(x) > 9 else iter(())
    agent = [next(names, k) for k in x[4]]
    target = [next(names, k) for k in x[5]]
    place = [next(names, k) for k in (x[8] if len(x) > 8 else ())]
    return f"{x[2]} A={agent} T={target} P={place} {x[6]}"


def blind(before: str, after: str, out: str, seed: int, n: int) -> None:
    with open(before, "rb") as fh:
        a = pickle.load(fh)
    with open(after, "rb") as fh:
        b = pickle.load(fh)
    items = []
    for doc in sorted(set(a) | set(b)):
        old: dict[int, list[tuple]] = {}
        now: dict[int, list[tuple]] = {}
        for x in a.get(doc, []):
            old.setdefault(x[0], []).append(x)
        for x in b.get(doc, []):
            now.setdefault(x[0], []).append(x)
        for start in sorted(set(old) | set(now)):
            p = " | ".join(_shown(x) for x in old.get(start, [])) or "(no event)"
            q = " | ".join(_shown(x) for x in now.get(start, [])) or "(no event)"
            if p != q:
                items.append((p, q, (old.get(start) or now.get(start))[0]))
    write_blind(items, lambda i, first, second, x: f"[{i}] «{x[3]}»  {_context(x)}\n   P: {first}\n   Q: {second}",
                out, seed, n)
    print(f"{len(items)} triggers differ, {min(n, len(items))} shown -> {out} (key: {out}.key)")


def write_blind(items: list, render, out: str, seed: int, n: int) -> None:  # type: ignore[no-untyped-def]
    """Shuffle ``items`` (``(before, after, what)`` triples) with ``seed`` and write the first ``n``
    as two unlabelled versions in random order (``render(i, first, second, what)`` gives an item's
    text) to ``out``; which version is AFTER goes to ``out.key`` (also used by relations_diff.py)."""
    import json
    import random

    rnd = random.Random(seed)
    rnd.shuffle(items)
    keys, lines = [], []
    for i, (p, q, x) in enumerate(items[:n]):
        flip = rnd.random() < 0.5  # True: P is AFTER
        keys.append(flip)
        first, second = (q, p) if flip else (p, q)
        lines.append(render(i, first, second, x))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(out + ".key", "w", encoding="utf-8") as fh:
        json.dump(keys, fh)


def unmix(key: str, judged: str) -> None:
    import json

    with open(key, encoding="utf-8") as fh:
        keys = json.load(fh)
    better = worse = equal = 0
    for line in open(judged, encoding="utf-8"):
        if not line.strip():
            continue
        i, verdict = line.split()[:2]
        if verdict == "=":
            equal += 1
        elif verdict == ("P" if keys[int(i)] else "Q"):
            better += 1
        else:
            worse += 1
    print(f"AFTER better {better}, worse {worse}, equal {equal}")


def _context(x: tuple) -> str:
    i = x[7].find(x[3])
    return x[7][max(0, i - 80) : i + 80].replace("\n", " ")


def diff(before: str, after: str) -> None:
    with open(before, "rb") as fh:
        a = pickle.load(fh)
    with open(after, "rb") as fh:
        b = pickle.load(fh)
    gone = new = changed = 0
    for doc in a:
        old = {(x[0], x[1]): x for x in a[doc]}
        now = {(x[0], x[1]): x for x in b.get(doc, [])}
        for span, x in old.items():
            if span not in now:
                gone += 1
                print(f"GONE {x[2]} [{x[3]}] agent={x[4]} target={x[5]} :: {_context(x)}")
            elif x[2:7] != now[span][2:7]:
                changed += 1
                print(f"CHANGED {x[2:7]} -> {now[span][2:7]} :: {_context(x)}")
        for span, x in now.items():
            if span not in old:
                new += 1
                print(f"NEW {x[2]} [{x[3]}] agent={x[4]} target={x[5]} :: {_context(x)}")
    total_a = sum(len(v) for v in a.values())
    total_b = sum(len(v) for v in b.values())
    print(f"events {total_a} -> {total_b}: gone {gone}, new {new}, changed {changed}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("sample")
    r.add_argument("n", type=int)
    r.add_argument("out")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    bl = sub.add_parser("blind")
    bl.add_argument("before")
    bl.add_argument("after")
    bl.add_argument("out")
    bl.add_argument("--seed", type=int, default=1515)
    bl.add_argument("--n", type=int, default=40)
    u = sub.add_parser("unmix")
    u.add_argument("key")
    u.add_argument("judged")
    args = ap.parse_args()
    if args.cmd == "record":
        record(args.sample, args.n, args.out)
    elif args.cmd == "blind":
        blind(args.before, args.after, args.out, args.seed, args.n)
    elif args.cmd == "unmix":
        unmix(args.key, args.judged)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()

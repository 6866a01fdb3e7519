"""What a change does to kg's events on real news: record them, then list what differs.

    # record the events of a tree (run from that tree's directory)
    PYTHONPATH=. python benchmarks/events_diff.py record SAMPLE.jsonl N OUT.pkl
    # the events gone, new and changed (category, roles or modality) between two recordings
    PYTHONPATH=. python benchmarks/events_diff.py diff BEFORE.pkl AFTER.pkl

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
        evs = []
        for e in d.events:
            s0, s1 = d.sentences[e.sentence][:2]
            evs.append((e.trigger.start, e.trigger.end, e.category, d.text[e.trigger.start : e.trigger.end],
                        tuple(e.agent), tuple(e.target), e.modality, d.text[s0:s1]))
        res[d.id] = sorted(evs)
    with open(out, "wb") as fh:
        pickle.dump(res, fh)
    print(f"{len(res)} documents, {sum(len(v) for v in res.values())} events -> {out}")


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
    args = ap.parse_args()
    if args.cmd == "record":
        record(args.sample, args.n, args.out)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()

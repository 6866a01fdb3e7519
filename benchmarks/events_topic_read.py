"""Samples for reading English events outside politics, section by section (eleventh session).

    # the samples: 150 dev articles (30 per section), 100 blind (20 per section), 100 politics,
    # up to 100 "world-ish" (two or more words of war or conflict), 1,440 wide (all but politics)
    python benchmarks/events_topic_read.py sample /work/shared/data OUTDIR
    # record the events of a tree on a sample (benchmarks/events_diff.py), then draw N per section
    PYTHONPATH=. python benchmarks/events_diff.py record OUTDIR/dev150.jsonl 150 dev.pkl
    python benchmarks/events_topic_read.py draw dev.pkl 40 --seed 11

Articles are BBC News (Greene & Cunningham 2006), deduplicated by text, never one whose id is in a
labelled set (``benchmarks/events_bbc_*.tsv``); the politics and wide samples also leave out the dev
and blind articles, and politics the test sets' articles.  Nothing is scored: the draws are for
reading (BENCHMARKS.md, "English events outside politics").  Needs the articles (../shared/data).
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import pickle
import random
import re

SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
_CONFLICT = re.compile(
    r"\b(war|troops|military|soldiers|Iraq|Iraqi|attack|killed|bomb|army|rebels|ceasefire|terror\w*|Israel\w*"
    r"|Palestin\w*|Iran|Sudan|Ukrain\w*)\b"
)


def _labelled(here: str, pattern: str) -> set[str]:
    ids = set()
    for f in glob.glob(os.path.join(here, pattern)):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split("\t")
                if not line.startswith("#") and len(parts) > 1:
                    ids.add(parts[1])
    return ids


def sample(shared: str, out: str) -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(shared, "bbc_news_en", "bbc_news_2225.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    used = _labelled(here, "events_bbc_*.tsv")
    tests = _labelled(here, "events_bbc_fresh[234].tsv") | _labelled(here, "events_bbc_heldout.tsv")
    seen: set[str] = set()
    pool: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        if r["text"] in seen or r["id"] in used:
            continue
        seen.add(r["text"])
        pool[r["category"]].append(r)
    rng = random.Random(20261130)
    for k in SECTIONS:
        rng.shuffle(pool[k])
    dev = [r for k in SECTIONS for r in pool[k][:30]]
    blind = [r for k in SECTIONS for r in pool[k][30:50]]
    taken = {r["id"] for r in dev + blind}
    texts: set[str] = set()
    politics = [
        r for r in rows
        if r["category"] == "politics" and r["id"] not in taken and r["id"] not in tests
        and not (r["text"] in texts or texts.add(r["text"]))  # type: ignore[func-returns-value]
    ]
    rng.shuffle(politics)
    politics = politics[:100]
    pol_ids = {r["id"] for r in politics}
    rest = [r for k in SECTIONS for r in pool[k][50:] if r["id"] not in pol_ids]
    world = [r for r in rest if len(_CONFLICT.findall(r["text"])) >= 2]
    rng.shuffle(world)
    blind_ids = {r["id"] for r in blind}
    wide_texts: set[str] = set()
    wide = [
        r for r in rows
        if r["category"] != "politics" and r["id"] not in blind_ids and r["id"] not in used
        and not (r["text"] in wide_texts or wide_texts.add(r["text"]))  # type: ignore[func-returns-value]
    ]
    os.makedirs(out, exist_ok=True)
    for name, part in (("dev150", dev), ("blind100", blind), ("pol100", politics), ("world100", world[:100]),
                       ("wide", wide)):
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r) + "\n")
        print(f"{name}: {len(part)} articles")


def draw(recording: str, n: int, seed: int) -> None:
    with open(recording, "rb") as fh:
        events = pickle.load(fh)
    by: dict[str, list[tuple]] = collections.defaultdict(list)
    for doc, evs in events.items():
        for e in evs:
            by[doc.split("-")[1]].append((doc, *e))
    for sec in sorted(by):
        print(f"=== {sec}: {len(by[sec])} events")
        for i, (doc, _, _, cat, trig, ag, tg, mod, sent) in enumerate(random.Random(seed).sample(by[sec], n)):
            text = " ".join(sent.split())[:300]
            print(f"{sec[:3]}{i:02d} {cat} [{trig}] {mod} ag={list(ag)} tg={list(tg)} :: {text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("shared")
    s.add_argument("out")
    d = sub.add_parser("draw")
    d.add_argument("recording")
    d.add_argument("n", type=int)
    d.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.shared, args.out)
    else:
        draw(args.recording, args.n, args.seed)


if __name__ == "__main__":
    main()

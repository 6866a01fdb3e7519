"""How the BBC sentences of ``events_bbc_dev.tsv`` / ``events_bbc_heldout.tsv`` were drawn.

    python benchmarks/events_bbc_sample.py [/work/shared/data] [--heldout | --fresh | --fresh2]

Each set was drawn once, before kg was run on it.  The dev set (90 sentences) was
used to find and fix errors; the held-out set (100 more sentences, another seed,
none of the dev ones) was labelled the same way and scored once, at the end (it
has served as dev data since).  The fresh held-out set (``--fresh``, 100 more,
seed 20261201, none of the earlier 190) was labelled before any change of the
third round and scored before and after it (dev data since the fourth round).
The second fresh set (``--fresh2``, 100 more, seed 20261202, none of the earlier
290) was labelled before any change of the fourth round and is scored only
before and after it.  The third fresh set (``--fresh3``, 60 sentences, seed 20261203, none of
the earlier 390) was labelled before the eighth session's English role changes ran on it.

Politics and business articles of the BBC News dataset, duplicates dropped, each
paragraph cut after ``. ! ?`` followed by a capital or a quote; sentences of 40-300
characters; 70 politics and 20 business sentences drawn with ``random.Random(20261129)``.
Prints ``n article offset :: text`` (the text stays in /work/shared: the BBC's licence
is research use only, so the repository holds references and labels, not sentences).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path


def sample(
    shared: Path, heldout: bool = False, fresh: bool = False, fresh2: bool = False, fresh3: bool = False
) -> list[tuple[str, int, str]]:
    """(article id, offset in its text, sentence) of the drawn sentences.

    ``heldout``: the first held-out set (seed 20261130); ``fresh``: the second one
    (seed 20261201, none of the dev or first held-out sentences); ``fresh2``: the third
    one (seed 20261202, none of the dev, first held-out or fresh sentences); ``fresh3``: the
    fourth, 60 sentences (seed 20261203, none of the 390 earlier ones; eighth session).
    """
    seen: set[str] = set()
    pool: dict[str, list[tuple[str, int, str]]] = {"politics": [], "business": []}
    for line in (shared / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["category"] not in pool:
            continue
        h = hashlib.sha1(a["text"].encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        for m in re.finditer(r"[^\n]+", a["text"]):
            para = m.group(0)
            pieces, last = [], 0
            for s in re.finditer(r'(?<=[.!?])\s+(?=["A-Z])', para):
                pieces.append((last, s.start()))
                last = s.end()
            pieces.append((last, len(para)))
            for b, e in pieces:
                t = para[b:e].strip()
                if 40 <= len(t) <= 300:
                    pool[a["category"]].append((a["id"], m.start() + b, t))
    rng = random.Random(20261129)
    dev = rng.sample(pool["politics"], 70) + rng.sample(pool["business"], 20)
    if not heldout and not fresh and not fresh2 and not fresh3:
        return dev
    rng = random.Random(20261130)
    rest = {k: [p for p in v if p not in dev] for k, v in pool.items()}
    held = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh and not fresh2 and not fresh3:
        return held
    rng = random.Random(20261201)
    rest = {k: [p for p in v if p not in held] for k, v in rest.items()}
    first = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh2 and not fresh3:
        return first
    rng = random.Random(20261202)
    rest = {k: [p for p in v if p not in first] for k, v in rest.items()}
    second = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh3:
        return second
    rng = random.Random(20261203)
    rest = {k: [p for p in v if p not in second] for k, v in rest.items()}
    return rng.sample(rest["politics"], 48) + rng.sample(rest["business"], 12)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in ("--heldout", "--fresh", "--fresh2", "--fresh3")]
    shared = Path(args[0]) if args else Path("/work/shared/data")
    drawn = sample(
        shared, "--heldout" in sys.argv, "--fresh" in sys.argv, "--fresh2" in sys.argv, "--fresh3" in sys.argv
    )
    for n, (aid, off, text) in enumerate(drawn):
        print(n, aid, off, "::", text)

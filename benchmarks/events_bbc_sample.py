"""How the 90 BBC sentences of ``events_bbc_dev.tsv`` were drawn (run once, before labelling).

    python benchmarks/events_bbc_sample.py [/work/shared/data]

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


def sample(shared: Path) -> list[tuple[str, int, str]]:
    """(article id, offset in its text, sentence) of the 90 drawn sentences."""
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
    return rng.sample(pool["politics"], 70) + rng.sample(pool["business"], 20)


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/data")
    for n, (aid, off, text) in enumerate(sample(shared)):
        print(n, aid, off, "::", text)

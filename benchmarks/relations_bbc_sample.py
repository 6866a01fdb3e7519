"""Write the 40 BBC politics articles of the fifth session's relations review (and the other 355).

    python benchmarks/relations_bbc_sample.py /tmp/rel_s5
    kg build /tmp/rel_s5/bbc40.jsonl -o /tmp/rel_s5/out -f ttl -q
    kg query /tmp/rel_s5/out/graph.ttl --named relations -f tsv

The twentieth session's samples (``--sample20``): every article of all five sections, exact-text
duplicates dropped, shuffled with ``random.Random(2020)``; the first 200 are ``relE_read.jsonl``
(read while fixing), the next 200 ``relE_blind.jsonl`` (not read before the blind judgment):

    python benchmarks/relations_bbc_sample.py --sample20 /tmp/rel20

The articles are read from ../shared/data and written outside the repository (no open licence).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news_en" / "bbc_news_2225.jsonl"
FIELDS = ("id", "title", "text", "date", "url", "source")


def main(out: Path, sample20: bool = False) -> None:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    seen: set[str] = set()
    politics = []
    for r in rows:
        if r["category"] == "politics" and r["text"] not in seen:  # exact duplicates dropped
            seen.add(r["text"])
            politics.append(r)
    if sample20:
        pool = []
        seen = set()
        for r in rows:
            if r["text"] not in seen:
                seen.add(r["text"])
                pool.append(r)
        random.Random(2020).shuffle(pool)
        out.mkdir(parents=True, exist_ok=True)
        for name, part in (("relE_read.jsonl", pool[:200]), ("relE_blind.jsonl", pool[200:400])):
            with (out / name).open("w", encoding="utf-8") as f:
                for r in part:
                    f.write(json.dumps({k: r[k] for k in FIELDS}) + "\n")
            cats = {c: sum(r["category"] == c for r in part) for c in sorted({r["category"] for r in part})}
            print(name, len(part), " ".join(f"{c} {n}" for c, n in cats.items()))
        return
    random.Random(5).shuffle(politics)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("bbc40.jsonl", politics[:40]), ("pol_rest.jsonl", politics[40:])):
        with (out / name).open("w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps({k: r[k] for k in FIELDS}) + "\n")
    print(f"{len(politics)} politics articles: 40 -> {out / 'bbc40.jsonl'}, {len(politics) - 40} -> pol_rest.jsonl")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--sample20"]
    main(Path(args[0] if args else "/tmp/rel_s5"), "--sample20" in sys.argv)

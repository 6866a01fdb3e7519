"""Write the 40 BBC politics articles of the fifth session's relations review (and the other 355).

    python benchmarks/relations_bbc_sample.py /tmp/rel_s5
    kg build /tmp/rel_s5/bbc40.jsonl -o /tmp/rel_s5/out -f ttl -q
    kg query /tmp/rel_s5/out/graph.ttl --named relations -f tsv

The articles are read from ../shared/data and written outside the repository (no open licence).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc_news_en" / "bbc_news_2225.jsonl"
FIELDS = ("id", "title", "text", "date", "url", "source")


def main(out: Path) -> None:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    seen: set[str] = set()
    politics = []
    for r in rows:
        if r["category"] == "politics" and r["text"] not in seen:  # exact duplicates dropped
            seen.add(r["text"])
            politics.append(r)
    random.Random(5).shuffle(politics)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("bbc40.jsonl", politics[:40]), ("pol_rest.jsonl", politics[40:])):
        with (out / name).open("w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps({k: r[k] for k in FIELDS}) + "\n")
    print(f"{len(politics)} politics articles: 40 -> {out / 'bbc40.jsonl'}, {len(politics) - 40} -> pol_rest.jsonl")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rel_s5"))

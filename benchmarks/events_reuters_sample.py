"""Reuters stories for reading English events (fifteenth session): CoNLL-2003 eng.train and
eng.testa rebuilt into stories, shuffled, cut into a reading sample and two blind samples.

    python benchmarks/events_reuters_sample.py /work/shared/data OUTDIR
    # then, from each tree (the baseline's worktree and yours):
    PYTHONPATH=. python benchmarks/events_diff.py record OUTDIR/read300.jsonl 300 read.pkl
    PYTHONPATH=. python benchmarks/events_diff.py diff --all-roles base.pkl new.pkl

This copy of CoNLL-2003 has no ``-DOCSTART-`` lines: a story starts at its headline, the sentence
before the dateline (``BRUSSELS 1996-08-22``), or before a byline (a short sentence of person
names) that precedes the dateline.  Tokens are joined with spaces, one sentence a line; the
dateline's date is the story's date.  Results tables (more than 15 % of the tokens hold a digit)
and stories under 30 tokens after the dateline are left out: 855 stories, shuffled with
``random.Random(1515)``: ``read300`` (read while fixing), ``blind300`` and ``blind255`` (judged
blind).  eng.testb, the NER test split, is never used.  Nothing is scored and no text enters the
repository: the Reuters text is for local research use only (its SOURCE.md).
"""
from __future__ import annotations

import json
import os
import random
import re
import sys

_DATE = re.compile(r"^19\d\d-\d\d-\d\d$")


def stories(shared: str) -> list[dict]:
    """Every story of eng.train and eng.testa, in file order."""
    out: list[dict] = []
    for split in ("eng.train", "eng.testa"):
        sents: list[list[tuple[str, str, str]]] = []
        cur: list[tuple[str, str, str]] = []
        with open(os.path.join(shared, "conll2003_en", split), encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    if cur:
                        sents.append(cur)
                        cur = []
                    continue
                p = line.split(" ")
                cur.append((p[0], p[1], p[3]))
        if cur:
            sents.append(cur)
        datelines = [i for i, s in enumerate(sents) if len(s) <= 8 and _DATE.match(s[-1][0])]
        starts = []
        for i in datelines:
            b = i - 1
            if b >= 1 and len(sents[b]) <= 4 and all(t[2].endswith("PER") for t in sents[b]) and i - 2 not in datelines:
                b -= 1  # a byline between headline and dateline
            starts.append((max(b, 0), i))
        for k, (b, i) in enumerate(starts):
            e = starts[k + 1][0] if k + 1 < len(starts) else len(sents)
            toks = [t for s in sents[b:e] for t in s]
            digits = sum(bool(re.search(r"\d", t[0])) for t in toks)
            if sum(len(s) for s in sents[i + 1 : e]) < 30 or digits / max(1, len(toks)) > 0.15:
                continue
            out.append({
                "id": f"{split[4:]}-{k:04d}", "source": "reuters-conll", "title": "",
                "text": "\n".join(" ".join(t[0] for t in s) for s in sents[b:e]), "date": sents[i][-1][0],
                "lang": "en",
            })
    return out


def main() -> None:
    shared, outdir = sys.argv[1], sys.argv[2]
    rows = stories(shared)
    random.Random(1515).shuffle(rows)
    os.makedirs(outdir, exist_ok=True)
    for name, part in (("read300", rows[:300]), ("blind300", rows[300:600]), ("blind255", rows[600:])):
        with open(os.path.join(outdir, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r) + "\n")
        print(name, len(part))


if __name__ == "__main__":
    main()

"""Whether a speed change left kg's output alone: every event, relation, mention and entity of the
first N articles of a sample, written as text, to compare two trees byte for byte.

    # in each tree (the same PYTHONHASHSEED: sets print in hash order)
    PYTHONHASHSEED=0 PYTHONPATH=. python benchmarks/events_speed_identity.py SAMPLE.jsonl N OUT.txt
    cmp BEFORE.txt AFTER.txt

Each document is run through the whole pipeline (``kg.pipeline.process``, NER ``crf``); the lines
are ``repr`` of the :mod:`kg.model` objects in the document's own order, so a changed role,
confidence, date, attribute or order shows.  ``benchmarks/events_diff.py record`` / ``diff`` says
what changed, for reading; this says only whether anything did.  Needs the articles (e.g.
../shared/data).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def dump(src: str, n: int, out: str, ner: str = "crf") -> tuple[int, int, int]:
    """Write the documents' events, relations, mentions and entities; return the counts of
    documents, events and relations."""
    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    docs = events = relations = 0
    with open(out, "w", encoding="utf-8") as fh:
        for d in itertools.islice(documents([src]), n):
            d = process(d, ner=ner)
            fh.write(f"## {d.id}\n")
            for e in d.events:
                fh.write(f"E {e!r}\n")
            for r in d.relations:
                fh.write(f"R {r!r}\n")
            for m in d.mentions:
                fh.write(f"M {m!r}\n")
            for k, v in d.entities.items():
                fh.write(f"N {k} {v!r}\n")
            docs, events, relations = docs + 1, events + len(d.events), relations + len(d.relations)
    return docs, events, relations


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sample", help="a JSONL file of articles (or any input kg reads)")
    ap.add_argument("n", type=int, help="how many documents")
    ap.add_argument("out", help="the text file to write")
    ap.add_argument("--ner", default="crf")
    args = ap.parse_args(argv)
    docs, events, relations = dump(args.sample, args.n, args.out, args.ner)
    print(f"{docs} documents, {events} events, {relations} relations -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

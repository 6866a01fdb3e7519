"""CPU time of within-document resolution on ANT articles (mentions computed once, outside the timing).

    PYTHONPATH=. nice -n 10 python benchmarks/resolve_time.py --docs 200 --runs 3

Runs sentence splitting and NER once per article, then times ``resolve_document`` alone (the
median of ``--runs`` passes over all articles, ``time.process_time``) and a pass of
cross-document linking (``EntityIndex.link``) over the resolved articles.
"""
from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from pathlib import Path

from kg.model import Document
from kg.pipeline import process
from kg.resolve import resolve_document
from kg.resolve.link import EntityIndex

ANT = Path("/work/shared/data/ant_arabic_news/ant_multisource_sample.jsonl")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ANT)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    docs = []
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs.append(process(Document(id=rec["id"], text=rec["text"], lang="ar"), steps=("sentences", "mentions")))
            if len(docs) >= args.docs:
                break
    mentions = [copy.deepcopy(d.mentions) for d in docs]
    times, link_times = [], []
    for _ in range(args.runs):
        for d, ms in zip(docs, mentions):
            d.mentions = copy.deepcopy(ms)
        t0 = time.process_time()
        for d in docs:
            resolve_document(d)
        times.append(time.process_time() - t0)
        index = EntityIndex()
        t0 = time.process_time()
        for d in docs:
            index.link(d)
        link_times.append(time.process_time() - t0)
    print(f"{len(docs)} articles: resolve_document {statistics.median(times):.3f} CPU-s, "
          f"linking {statistics.median(link_times):.3f} CPU-s (median of {args.runs}; all {times}, {link_times})")


if __name__ == "__main__":
    main()

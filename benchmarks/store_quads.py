"""CPU per article of turning a processed document into the quads a store adds.

    PYTHONPATH=. python benchmarks/store_quads.py [--n 200]

Compares the old route (an rdflib Dataset per document, read back) with
``kg.graph.rdf.document_rdf`` (quads straight from the document). Needs ../shared/data.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import time
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant_arabic_news" / "ant_multisource_sample.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    n = ap.parse_args().n
    if not ANT.exists():
        raise SystemExit(f"skipped: {ANT} is absent")
    from kg.graph.rdf import document_rdf, to_dataset
    from kg.pipeline import documents, process
    from kg.store import _iter_quads

    docs = [process(d) for d in itertools.islice(documents([ANT]), n)]
    routes = {
        "rdflib Dataset per document": lambda d: list(_iter_quads(to_dataset([d]))),
        "document_rdf": lambda d: list(_iter_quads(document_rdf(d))),
    }
    for name, f in routes.items():
        runs = []
        for _ in range(3):
            t = time.process_time()
            for d in docs:
                f(d)
            runs.append(time.process_time() - t)
        print(f"{name}: {statistics.median(runs) / len(docs) * 1000:.2f} ms CPU per article (median of 3, {len(docs)} articles)")


if __name__ == "__main__":
    main()

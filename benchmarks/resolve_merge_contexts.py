"""Print every mention of the sampled merges with its context, for hand-checking.

Reads a sample TSV written by ``benchmarks/store_ant.py --sample`` and, for each merged
entity, every mention in the store (document, offsets, text) with the words around it
taken from the document text stored in its named graph.

    PYTHONPATH=. python benchmarks/resolve_merge_contexts.py --store /tmp/ant \
        --sample benchmarks/out/ant_merges_seed<S>.tsv [--rows 1-10] [--width 70]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path
from urllib.parse import quote, unquote

from kg.store import Store

KG = "https://w3id.org/newskg/ontology#"


def _iri(decoded: str) -> str:
    head, _, tail = decoded.rpartition("/")
    return f"{head}/{quote(tail, safe='-~')}"


def contexts(store: Store, iri: str, width: int, limit: int) -> list[tuple[str, str, str]]:
    q = (f"SELECT ?d ?s ?e ?t ?body WHERE {{ GRAPH ?g {{ <{iri}> <{KG}hasMention> ?m . ?m <{KG}inDocument> ?d ; "
         f"<{KG}start> ?s ; <{KG}end> ?e ; <{KG}text> ?t . ?d <{KG}text> ?body }} }} ORDER BY ?d ?s LIMIT {limit}")
    out = []
    for row in store.oxigraph.query(q):
        doc = unquote(row[0].value.rsplit("/doc/", 1)[-1])
        s, e, body = int(row[1].value), int(row[2].value), row[4].value
        left = body[max(0, s - width) : s].replace("\n", " ")
        right = body[e : e + width].replace("\n", " ")
        out.append((doc, row[3].value, f"{left}[[{body[s:e]}]]{right}"))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--sample", type=Path, required=True)
    ap.add_argument("--rows", default="", help="1-based row range, e.g. 1-10")
    ap.add_argument("--width", type=int, default=70)
    ap.add_argument("--limit", type=int, default=12, help="mentions shown per entity")
    args = ap.parse_args(argv)
    with args.sample.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    lo, hi = 1, len(rows)
    if args.rows:
        a, _, b = args.rows.partition("-")
        lo, hi = int(a), int(b or a)
    with Store(args.store, read_only=True) as st:
        for n, row in enumerate(rows[lo - 1 : hi], lo):
            print(f"### {n} {row['type']} {row['iri'].rsplit('/', 1)[-1]} :: {row['arabic names']}")
            for doc, text, ctx in contexts(st, _iri(row["iri"]), args.width, args.limit):
                print(f"  {doc} | {text} | {ctx}")


if __name__ == "__main__":
    main()

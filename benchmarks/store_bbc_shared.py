"""English and Arabic articles in one store: which nodes do they share?

Ingests BBC English articles (optionally only some categories) into a store that
already holds Arabic articles (for example the ANT store of ``store_ant.py``),
then lists the entities mentioned by at least one English and one Arabic
document, with their labels in both languages.

    PYTHONPATH=. nice -n 10 python benchmarks/store_bbc_shared.py --store /tmp/ant-store \
        --categories politics,business --ner none
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kg.store import Store, ingest

BBC = Path("/work/shared/data/bbc_news_en/bbc_news_2225.jsonl")

SHARED = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?type (SAMPLE(?ar) AS ?arl) (SAMPLE(?en) AS ?enl)
       (COUNT(DISTINCT ?da) AS ?nar) (COUNT(DISTINCT ?de) AS ?nen) WHERE {
  GRAPH ?ga { ?e kg:mentionedIn ?da . ?da kg:language "ar" }
  GRAPH ?ge { ?e kg:mentionedIn ?de . ?de kg:language "en" }
  GRAPH <https://w3id.org/newskg/id/graph/entities> {
    ?e a ?type .
    OPTIONAL { ?e rdfs:label ?ar FILTER(lang(?ar) = "ar") }
    OPTIONAL { ?e rdfs:label ?en FILTER(lang(?en) = "en") }
  }
} GROUP BY ?e ?type ORDER BY DESC(?nen)
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=BBC)
    ap.add_argument("--categories", default="politics,business")
    ap.add_argument("--ner", default="crf")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args(argv)
    if not args.skip_ingest:
        cats = set(args.categories.split(","))
        with tempfile.TemporaryDirectory() as tmp:
            part = Path(tmp) / "bbc.jsonl"
            with args.data.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
                for line in src:
                    rec = json.loads(line)
                    if rec.get("category") in cats:
                        rec["lang"] = "en"
                        dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
            t0 = time.time()
            report = ingest([part], args.store, ner=args.ner)
            print(f"ingested BBC ({args.categories}): {report} in {time.time() - t0:.0f} s")
    with Store(args.store, read_only=True) as st:
        rows = list(st.query(SHARED))
        by_type: dict[str, int] = {}
        for r in rows:
            t = r["type"].value.rsplit("#", 1)[-1]
            by_type[t] = by_type.get(t, 0) + 1
        print(f"entities mentioned in both English and Arabic documents: {len(rows)} {by_type}")
        for r in rows[: args.show]:
            t = r["type"].value.rsplit("#", 1)[-1]
            ar = r["arl"].value if r["arl"] is not None else ""
            en = r["enl"].value if r["enl"] is not None else ""
            print(f"  {t:<13} {r['e'].value.rsplit('/id/', 1)[-1]:<34} {en} | {ar}  (ar docs {r['nar'].value}, en docs {r['nen'].value})")
        for t in ("Person", "Organization"):
            sel = [r for r in rows if r["type"].value.endswith("#" + t)]
            print(f"{t}s shared ({len(sel)}):")
            for r in sel[: args.show]:
                ar = r["arl"].value if r["arl"] is not None else ""
                en = r["enl"].value if r["enl"] is not None else ""
                print(f"  {r['e'].value.rsplit('/id/', 1)[-1]:<34} {en} | {ar}  (ar docs {r['nar'].value}, en docs {r['nen'].value})")


if __name__ == "__main__":
    main()

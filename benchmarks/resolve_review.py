"""Fifth-session resolution review: what the entity layer of 100 BBC and 100 ANT articles holds,
and what changed against another tree.

    PYTHONPATH=. python benchmarks/resolve_review.py --out /tmp/rr                 # this tree
    PYTHONPATH=. python benchmarks/resolve_review.py --out /tmp/rr --baseline DIR  # and DIR's tree

The samples are fixed: BBC politics + business articles 3, 9, 15 ... (100), ANT middleEast /
internationalNews / economy articles 30, 49, 68 ... (100); none was read while fixing (the
review looked at other articles).  Prints, per sample, counts of the entity layer (entities,
cities and countries, persons, persons with an Arabic label and no English one, persons and
entities with a ``kg:romanization``) and, with ``--baseline``, the places and keys found by one
tree only and the labels that changed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

DATA = Path(os.environ.get("KG_DATA", "/work/shared/data"))


def samples(out: Path) -> dict[str, Path]:
    bbc = [json.loads(x) for x in (DATA / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8")]
    bbc = [d for d in bbc if d["id"].startswith(("bbc-politics", "bbc-business"))][3::6][:100]
    ant = [json.loads(x) for x in (DATA / "ant_arabic_news" / "ant_multisource_sample.jsonl").open(encoding="utf-8")]
    ant = [d for d in ant if d["category"] in ("middleEast", "internationalNews", "economy")][30::19][:100]
    paths = {}
    for name, docs in (("bbc100", bbc), ("ant100", ant)):
        p = out / f"{name}.jsonl"
        p.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        paths[name] = p
    return paths


def build(tree: Path, src: Path, dest: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"
    subprocess.run([sys.executable, "-c", code, "build", str(src), "-o", str(dest), "-f", "trig"],
                   check=True, env=env, cwd=tree, stdout=subprocess.DEVNULL)


def layer(path: Path) -> dict[str, tuple[str, dict[str, str], list[str]]]:
    from rdflib import Dataset, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS

    kg = Namespace("https://w3id.org/newskg/ontology#")
    ds = Dataset()
    ds.parse(path, format="trig")
    g = ds.graph(URIRef("https://w3id.org/newskg/id/graph/entities"))
    out = {}
    for s, o in g.subject_objects(RDF.type):
        labels = {lit.language: str(lit) for lit in g.objects(s, RDFS.label)}
        out[unquote(str(s).split("/id/")[1])] = (str(o).split("#")[1], labels, [str(x) for x in g.objects(s, kg.romanization)])
    return out


def stats(e: dict) -> dict[str, int]:
    per = [v for v in e.values() if v[0] == "Person"]
    return {"entities": len(e), "cities+countries": sum(v[0] in ("City", "Country") for v in e.values()),
            "persons": len(per), "persons ar, no en": sum("ar" in v[1] and "en" not in v[1] for v in per),
            "persons romanized": sum(bool(v[2]) for v in per), "romanized": sum(bool(v[2]) for v in e.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--baseline", type=Path, help="another kg source tree to compare with")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    here = Path(__file__).resolve().parent.parent
    for name, src in samples(a.out).items():
        build(here, src, a.out / name / "now")
        now = layer(a.out / name / "now" / "graph.trig")
        print(f"== {name}\nthis tree: {stats(now)}")
        if a.baseline is None:
            continue
        build(a.baseline, src, a.out / name / "base")
        base = layer(a.out / name / "base" / "graph.trig")
        print(f"baseline:  {stats(base)}")
        places = ("City", "Country")
        pb = {k: v for k, v in base.items() if v[0] in places}
        pn = {k: v for k, v in now.items() if v[0] in places}
        print("places only in baseline:", sorted((k, v[1].get("en") or v[1].get("ar")) for k, v in pb.items() if k not in pn))
        print("places only in this tree:", sorted((k, v[1].get("en") or v[1].get("ar")) for k, v in pn.items() if k not in pb))
        print("other keys only in baseline:", sorted(k for k in set(base) - set(now) if k not in pb))
        print("other keys only in this tree:", sorted(k for k in set(now) - set(base) if k not in pn))
        print("label changes:", [(k, base[k][1], now[k][1]) for k in sorted(set(base) & set(now)) if base[k][1] != now[k][1]])


if __name__ == "__main__":
    main()

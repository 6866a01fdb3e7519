"""Is the place gazetteer reproducible, and what does a change of kg's gazetteer files change?

    PYTHONPATH=. python benchmarks/resolve_gazetteer.py rebuild --out /tmp/gz
    PYTHONPATH=. python benchmarks/resolve_gazetteer.py mentions --old DIR

``rebuild`` runs ``python -m kg.extract.build_gazetteer`` (default inputs under ../shared/data)
under two ``PYTHONHASHSEED`` values and prints the md5 of each output and of the committed
``kg/extract/data/places.tsv``, and how many rows differ from it.  ``mentions`` runs the
gazetteer alone over the 3,000 ANT articles with the data files in DIR (``places.tsv`` and
``orgs.tsv`` of another tree) and with this tree's, and prints the mentions found by one only,
counted by (label, kind, id, text).
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("KG_DATA", "/work/shared/data"))
COMMITTED = HERE / "kg" / "extract" / "data" / "places.tsv"


def rebuild(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    outputs = []
    for seed in ("1", "2"):
        path = out / f"places_seed{seed}.tsv"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(HERE)}
        subprocess.run([sys.executable, "-m", "kg.extract.build_gazetteer", "--out", str(path)],
                       check=True, env=env, cwd=HERE, stdout=subprocess.DEVNULL)
        outputs.append(path)
    committed = COMMITTED.read_text(encoding="utf-8").splitlines()
    for path in [*outputs, COMMITTED]:
        lines = path.read_text(encoding="utf-8").splitlines()
        differ = sum(a != b for a, b in zip(lines, committed)) + abs(len(lines) - len(committed))
        print(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path}  ({len(lines)} lines, {differ} differ from the committed file)")


def mentions(old: Path) -> None:
    import kg.extract.gazetteer as gz
    from kg.model import Document

    docs = [json.loads(x) for x in (DATA / "ant_arabic_news" / "ant_multisource_sample.jsonl").open(encoding="utf-8")]
    found = {}
    for tag, data in (("old", old), ("new", gz.DATA)):
        gz.DATA = data
        gz.load.cache_clear()
        found[tag] = {(d["id"], m.start, m.end, m.label, m.kind,
                       m.attrs.get("org_id") or m.attrs.get("geonames") or m.attrs.get("iso")): m.text
                      for d in docs for m in gz.extract(Document(id=d["id"], text=d["text"], lang="ar"))}
    a, b = found["old"], found["new"]
    print(f"{len(docs)} ANT articles: {len(a)} gazetteer mentions with {old}, {len(b)} with this tree")
    for name, only, src in (("only old", a.keys() - b.keys(), a), ("only new", b.keys() - a.keys(), b)):
        counts = collections.Counter((k[3], k[4], k[5], src[k]) for k in only)
        print(f"{name}: {sum(counts.values())}", counts.most_common())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rebuild")
    r.add_argument("--out", type=Path, required=True)
    m = sub.add_parser("mentions")
    m.add_argument("--old", type=Path, required=True, help="a folder with another tree's places.tsv and orgs.tsv")
    a = ap.parse_args()
    if a.cmd == "rebuild":
        rebuild(a.out)
    else:
        mentions(a.old)


if __name__ == "__main__":
    main()

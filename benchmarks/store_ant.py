"""Ingest the 3,000 ANT articles into one store and measure entity resolution.

Reports: documents, entities per type, and how many distinct normalised names
are split over more than one entity IRI (per type; over preferred labels and over
all names), and writes a random sample of person/organization *merges* (entities
whose mentions carry two or more different normalised names) for hand-checking.

    PYTHONPATH=. nice -n 10 python benchmarks/store_ant.py --store /tmp/ant-store --fresh \
        --ner crf --sample benchmarks/out/ant_merges_seed2026.tsv --seed 2026

Document-local entities (unconfirmed single sightings, ``kg.resolve.nameness``) are
counted apart: they are never merged, so they are neither merges nor splits.
"""
from __future__ import annotations

import argparse
import random
import shutil
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

from kg.resolve.nameness import is_local
from kg.resolve.names import compact, name_tokens
from kg.store import Store, ingest

ANT = Path("/work/shared/data/ant_arabic_news/ant_multisource_sample.jsonl")


def _documents_of(store: Store, iri: str, limit: int = 3) -> list[str]:
    """Ids of (up to ``limit``) documents that mention an entity."""
    from urllib.parse import unquote

    q = (f"SELECT DISTINCT ?d WHERE {{ GRAPH ?g {{ <{iri}> <https://w3id.org/newskg/ontology#mentionedIn> ?d }} }} "
         f"ORDER BY ?d LIMIT {limit}")
    return [unquote(row[0].value.rsplit("/doc/", 1)[-1]) for row in store.oxigraph.query(q)]


def measure(store: Store, sample: int, sample_out: Path | None, seed: int = 7) -> None:
    by_type: Counter[str] = Counter()
    local: Counter[str] = Counter()
    with_local: dict[tuple[str, str], set[str]] = defaultdict(set)
    pref_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    all_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    merges: list[tuple[str, str, list[str]]] = []
    for iri, st in store.entity_states():
        if not st.types:
            continue
        typ = max(st.types.items(), key=lambda kv: kv[1])[0]
        if "/country/" in iri:
            typ = "Country"
        elif "/city/" in iri:
            typ = "City"
        by_type[typ] += 1
        group = "Place" if typ in ("Country", "City") else typ
        preferred = max(((t, n) for (t, lang), n in st.labels.items() if lang == "ar"), key=lambda x: x[1], default=None)
        if preferred:
            with_local[(group, compact(name_tokens(preferred[0])))].add(iri)
        if is_local(iri):
            local[typ] += 1  # a document-local entity (unconfirmed single sighting): never merged, not a split
            continue
        if preferred:
            pref_names[(group, compact(name_tokens(preferred[0])))].add(iri)
        norms = {compact(name_tokens(t)) for (t, lang) in [*st.labels, *st.alt] if lang == "ar"}
        for n in norms:
            all_names[(group, n)].add(iri)
        if typ in ("Person", "Organization"):
            forms = sorted({t for (t, lang) in [*st.labels, *st.alt] if lang == "ar"})
            if len({compact(name_tokens(f)) for f in forms}) >= 2:
                merges.append((typ, iri, forms))
    print("entities by type:", dict(sorted(by_type.items())), "total", sum(by_type.values()))
    print("of which document-local (unconfirmed single sightings):", dict(sorted(local.items())),
          "total", sum(local.values()))
    for label, table in (("preferred Arabic label", pref_names), ("any Arabic name", all_names),
                         ("preferred Arabic label, document-local entities included", with_local)):
        split: Counter[str] = Counter()
        names: Counter[str] = Counter()
        for (group, _n), iris in table.items():
            names[group] += 1
            if len(iris) > 1:
                split[group] += 1
        for group in sorted(names):
            print(f"names split over >1 IRI ({label}), {group}: {split[group]} of {names[group]}"
                  f" ({split[group] / names[group]:.2%})")
    # a place name kept apart from the gazetteer's country or city (loc/X beside country/Y)
    place_iris: dict[str, set[str]] = defaultdict(set)
    for (group, n), iris in all_names.items():
        if group in ("Place", "Location"):
            place_iris[n] |= iris
    both = sum(1 for iris in place_iris.values()
               if len(iris) > 1 and any("/loc/" in i for i in iris) and any("/loc/" not in i for i in iris))
    print(f"names of a country/city also carried by an unlinked Location: {both} of {len(place_iris)}")
    print(f"person/organization entities with >= 2 different Arabic names (merges): {len(merges)}")
    if sample_out is not None:
        rng = random.Random(seed)
        chosen = rng.sample(merges, min(sample, len(merges)))
        sample_out.parent.mkdir(parents=True, exist_ok=True)
        with sample_out.open("w", encoding="utf-8") as fh:
            fh.write("type\tiri\tarabic names\tsome documents\tverdict\tnote\n")
            for typ, iri, forms in chosen:
                docs = " ".join(_documents_of(store, iri))
                names = " | ".join(" ".join(f.split()) for f in forms)  # a span may hold a line break
                fh.write(f"{typ}\t{unquote(iri)}\t{names}\t{docs}\t\t\n")
        print(f"wrote {len(chosen)} merges to {sample_out}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ANT)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--ner", default="crf")
    ap.add_argument("--fresh", action="store_true", help="delete the store first")
    ap.add_argument("--measure-only", action="store_true")
    ap.add_argument("--sample", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=7, help="seed of the random sample of merges")
    args = ap.parse_args(argv)
    if args.fresh and args.store.exists():
        shutil.rmtree(args.store)
    if not args.measure_only:
        t0 = time.time()
        report = ingest([args.data], args.store, ner=args.ner)
        print(f"ingested: {report} in {time.time() - t0:.0f} s")
    with Store(args.store, read_only=True) as st:
        print(f"documents in store: {len(st)}")
        measure(st, 50, args.sample, seed=args.seed)


if __name__ == "__main__":
    main()

"""What the name filter of resolution (kg.resolve.nameness) costs and what it removes.

ANERcorp test (CAMeL split) is cut into pseudo-documents of 10 sentences (the corpus
has no document breaks); each runs through kg's pipeline (CRF NER, gazetteers, cue
rules, merge, resolution).  Every person/organization/place mention the extractors
produced is compared, by character overlap, with the gold PER/ORG/LOC names:

* a mention that overlaps no gold name is a *false span*;
* resolution either keeps a mention (linkable entity), makes it document-local (an
  unconfirmed single sighting: no merging across documents), or drops it (no name
  word left);
* a gold name is *wrongly dropped* when mentions overlapped it but resolution dropped
  all of them, and *cut* when a mention matched it exactly before trimming but not after.

    PYTHONPATH=. nice -n 10 python benchmarks/resolve_nameness.py --anercorp /work/shared/data/anercorp
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from kg.model import Document
from kg.ner.conll import read_conll
from kg.ner.scoring import chunks
from kg.pipeline import process
from kg.resolve.nameness import is_local


def pseudo_documents(path: Path, window: int = 10) -> list[tuple[Document, list[tuple[str, int, int]]]]:
    """Documents of ``window`` sentences with their gold (type, start, end) character spans."""
    sents = read_conll(path)
    out = []
    for i in range(0, len(sents), window):
        parts: list[str] = []
        gold: list[tuple[str, int, int]] = []
        pos = 0
        for toks, tags in sents[i : i + window]:
            offs = []
            for t in toks:
                offs.append((pos, pos + len(t)))
                parts.append(t)
                pos += len(t) + 1
            for label, a, b in chunks(tags):
                if label in ("PER", "ORG", "LOC"):
                    gold.append((label, offs[a][0], offs[b - 1][1], " ".join(toks[a:b])))
            parts[-1] += "\n"
        text = " ".join(parts).replace("\n ", "\n")  # a sentence ends with "\n" instead of " "
        for _label, a, b, surface in gold:
            assert text[a:b] == surface, (text[a:b], surface)
        doc = Document(id=f"anercorp-test-{i // window}", text=text, lang="ar")
        out.append((doc, [(label, a, b) for label, a, b, _ in gold]))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anercorp", type=Path, default=Path("/work/shared/data/anercorp"))
    ap.add_argument("--ner", default="crf")
    ap.add_argument("--examples", type=int, default=0, help="print this many dropped/local spans of each kind")
    args = ap.parse_args(argv)
    t0 = time.process_time()
    docs = pseudo_documents(args.anercorp / "ANERCorp_CamelLab_test.txt")
    status: Counter[tuple[str, str]] = Counter()
    gold_total = gold_found = gold_dropped = gold_local = gold_cut = 0
    examples: dict[tuple[str, str], list[str]] = {}
    for doc, gold in docs:
        doc = process(doc, steps=("sentences", "mentions", "resolve"), ner=args.ner)
        cands = [m for m in doc.mentions if m.label in ("PER", "ORG", "LOC") or m.entity]
        for m in cands:
            before = tuple(m.attrs.get("span_as_found") or (m.start, m.end))
            true = any(before[0] < gb and ga < before[1] for _, ga, gb in gold)
            if m.attrs.get("not_a_name"):
                st = "dropped"
            elif m.entity is None:
                st = "unresolved"
            elif is_local(m.entity):
                st = "local"
            else:
                st = "kept"
            kind = "gold-overlap" if true else "false"
            status[(kind, st)] += 1
            examples.setdefault((kind, st), []).append(doc.text[before[0]:before[1]])
        for _label, ga, gb in gold:
            gold_total += 1
            over = [m for m in cands if (lambda s: s[0] < gb and ga < s[1])(m.attrs.get("span_as_found") or (m.start, m.end))]
            if not over:
                continue
            gold_found += 1
            if all(m.attrs.get("not_a_name") for m in over):
                gold_dropped += 1
            elif all(m.attrs.get("not_a_name") or (m.entity and is_local(m.entity)) for m in over):
                gold_local += 1
            exact_before = [m for m in over if tuple(m.attrs.get("span_as_found") or (m.start, m.end)) == (ga, gb)]
            if exact_before and not any((m.start, m.end) == (ga, gb) for m in exact_before):
                gold_cut += 1
    print(f"pseudo-documents: {len(docs)}; gold PER/ORG/LOC names: {gold_total}; found by some mention: {gold_found}")
    for kind in ("gold-overlap", "false"):
        row = {st: status[(kind, st)] for st in ("kept", "local", "dropped", "unresolved")}
        print(f"mentions overlapping {'a gold name' if kind == 'gold-overlap' else 'no gold name (false spans)'}: {row}")
    print(f"gold names wrongly dropped (every mention of them dropped): {gold_dropped}")
    print(f"gold names made document-local only: {gold_local}")
    print(f"gold names matched exactly before trimming, cut by it: {gold_cut}")
    print(f"CPU {time.process_time() - t0:.1f} s")
    for key in sorted(examples):
        if args.examples and key[1] in ("dropped", "local"):
            print(key, " | ".join(examples[key][: args.examples]))


if __name__ == "__main__":
    main()

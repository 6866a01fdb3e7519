"""Build the table of Arabic words that are not names (``kg/resolve/data/common_ar.tsv``).

NER on news also tags words that are no name at all (``وراء``, ``قوله``,
``والرئيس قلقان إزاء``); :mod:`kg.resolve.nameness` keeps such spans from
becoming entities.  It needs to know which words are function words, verbs and
very frequent common words of the news.  This script derives that offline:

* **function words and verbs** (classes ``F`` and ``V``): normalised forms that the
  UD Arabic PADT treebank (dev part; kg trains nothing else on it) tags mostly as
  a preposition, pronoun, conjunction, particle, determiner, adverb or auxiliary
  (``F``), or mostly as a verb (``V``), seen at least twice;
* **common words** (class ``C``): the most frequent normalised word forms of the
  ANT news corpus (as written, clitics included), the top ``--top`` of them;
* a word that any name list knows is never ``C``/``V`` (it may be a name): the ANETAC
  transliteration *train* split, the ANERgazet person/location/organization
  gazetteers, kg's own place/organization/known-name lists, and words that the
  ANERcorp *train* split tags as (part of) a name at least ``--name-rate`` of the time.
  Function words stay ``F`` unless ANERcorp train tags them as a name more often than not.
  A listed name that looks like a proclitic glued to a listed word (``فيصل`` = ``ف`` +
  ``يصل``) is written as class ``N`` so that the reader never takes it apart.

Run (about a minute)::

    python -m kg.resolve.build_common --data /work/shared/data

Nothing here runs at import.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.text.arabic import is_arabic, normalize

OUT = Path(__file__).parent / "data" / "common_ar.tsv"
_FUNCTION_POS = frozenset({"ADP", "PRON", "CONJ", "CCONJ", "SCONJ", "PART", "DET", "ADV", "AUX"})
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def padt_classes(path: Path) -> dict[str, str]:
    """``F``/``V`` for normalised forms the treebank tags mostly as function words / verbs."""
    pos: dict[str, Counter[str]] = defaultdict(Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or not cols[0].isdigit():
            continue
        form = normalize(cols[1])
        if form and is_arabic(form):
            pos[form][cols[3]] += 1
    out: dict[str, str] = {}
    for form, c in pos.items():
        total = sum(c.values())
        if total < 2:
            continue
        fn = sum(n for p, n in c.items() if p in _FUNCTION_POS)
        if fn * 2 > total:
            out[form] = "F"
        elif c["VERB"] * 2 > total:
            out[form] = "V"
    return out


def news_counts(path: Path) -> Counter[str]:
    """Normalised word counts of a JSON-lines news corpus (``title`` and ``text``)."""
    counts: Counter[str] = Counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            row = json.loads(line)
            counts.update(_words(f"{row.get('title') or ''}\n{row.get('text') or ''}"))
    return counts


def anercorp_name_rate(path: Path) -> dict[str, tuple[int, int]]:
    """Per normalised word: (times inside a name, times seen) in an ANERcorp file."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        w = normalize(parts[0])
        if not w:
            continue
        seen[w][1] += 1
        if parts[1] != "O" and not parts[1].endswith("MISC"):
            seen[w][0] += 1
    return {w: (a, b) for w, (a, b) in seen.items()}


def name_words(data: Path) -> set[str]:
    """Normalised words of the name lists (ANETAC train, ANERgazet, kg's own lists)."""
    words: set[str] = set()
    anetac = data / "anetac" / "translit_train.ar"
    if anetac.exists():
        words.update(w for line in anetac.read_text(encoding="utf-8").splitlines() for w in _words(line))
    for name in ("AlignedPersGazetteer.txt", "AlignedLocGazetteer.txt", "AlignedOrgGazetteer.txt"):
        p = data / "anergazet" / name
        if p.exists():
            words.update(w for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                         for w in _words(line))
    here = Path(__file__).resolve().parents[1]
    for p in (here / "extract" / "data" / "places.tsv", here / "extract" / "data" / "orgs.tsv",
              here / "resolve" / "data" / "known.tsv"):
        if p.exists():
            words.update(w for line in p.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("#") for w in _words(line))
    return words


def build(data: Path, top: int, name_rate: float) -> list[tuple[str, str, int]]:
    """Rows ``(word, class, news count)`` of the table, most frequent first."""
    news = news_counts(data / "ant_arabic_news" / "ant_full.jsonl.gz")
    padt = padt_classes(data / "ud_arabic_padt_legacy_v1.3" / "ar-ud-dev.conllu")
    rate = anercorp_name_rate(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    names = name_words(data)

    def name_like(w: str) -> bool:
        inside, total = rate.get(w, (0, 0))
        return inside >= 1 and inside >= name_rate * total

    rows: dict[str, tuple[str, int]] = {}
    for w, cls in padt.items():
        inside, total = rate.get(w, (0, 0))
        if cls == "F" and not (total and inside * 2 > total):
            rows[w] = ("F", news.get(w, 0))
        elif cls == "V" and w not in names and not name_like(w):
            rows[w] = ("V", news.get(w, 0))
    for w, n in news.most_common(top):
        if w in rows or len(w) < 2 or w in names or name_like(w):
            continue
        rows[w] = ("C", n)
    # a name that looks like a proclitic + a listed word (فيصل = ف + يصل, كمال = ك + مال)
    # is listed as N, so that the reader never strips it
    from kg.resolve.nameness import clitic_stems

    for w in names | {w for w in rate if name_like(w)}:
        if w not in rows and any(stem in rows for stem in clitic_stems(w)):
            rows[w] = ("N", news.get(w, 0))
    return sorted(((w, c, n) for w, (c, n) in rows.items()), key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--top", type=int, default=6000, help="how many of the most frequent news words to consider")
    ap.add_argument("--name-rate", type=float, default=0.2,
                    help="a word ANERcorp train tags as a name at least this often is not common")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.data, args.top, args.name_rate)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# Arabic words that are not names: F function word, V verb, C frequent common word of the news;\n# N: a name that must not be read as proclitic + listed word.\n")
        fh.write("# Built by `python -m kg.resolve.build_common` (UD PADT dev, ANT news counts; name lists exempt).\n")
        for w, c, n in rows:
            fh.write(f"{w}\t{c}\t{n}\n")
    print(f"wrote {len(rows)} words to {args.out}: {dict(Counter(c for _, c, _ in rows))}")


if __name__ == "__main__":
    main()

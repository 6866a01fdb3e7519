"""Build the table of Arabic words that are not names (``kg/resolve/data/common_ar.tsv``).

NER on news also tags words that are no name at all (``وراء``, ``قوله``,
``والرئيس قلقان إزاء``); :mod:`kg.resolve.nameness` keeps such spans from
becoming entities.  It needs to know which words are function words, verbs and
very frequent common words of the news.  This script derives that offline:

* **function words and verbs** (classes ``F``/``f`` and ``V``): normalised forms that the
  UD Arabic PADT treebank (dev part; kg trains nothing else on it) tags mostly as
  a preposition, pronoun, conjunction, particle, determiner, adverb or auxiliary
  (``F``; ``f`` when mostly written with a final ``ى``: ``على``, not the name ``علي``),
  or mostly as a verb (``V``), seen at least twice; and words of the ANT news that
  follow a particle that only precedes verbs (``لم``, ``لن``, ``سوف``) three times or more (``V``),
  and words that another conjugation in the news shows to be verbs (:func:`paradigm_verbs`);
* **common words** (class ``C``): the most frequent normalised word forms of the
  ANT news corpus (as written, clitics included), the top ``--top`` of them, that the
  ANERcorp *train* split has seen (a frequent word of today's news that it never saw
  may be a name: ``انغيلا``);
* a word that may be a name is never ``C``/``V``: where the ANERcorp *train* split has
  seen it three times or more, when it tags it as (part of) a name at least
  ``--name-rate`` of the time (annotated evidence wins: ``من`` is in a gazetteer, but
  never a name in ANERcorp); otherwise when ANERcorp tags it as a name once, or a name
  list knows it (the ANETAC transliteration *train* split, the ANERgazet
  person/location/organization gazetteers, kg's own place/organization/known-name lists).
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
    maqsura: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 4 or not cols[0].isdigit():
            continue
        form = normalize(cols[1])
        if form and is_arabic(form):
            pos[form][cols[3]] += 1
            maqsura[form] += cols[1].rstrip("\u064b-\u0652").endswith("\u0649")
    out: dict[str, str] = {}
    for form, c in pos.items():
        total = sum(c.values())
        if total < 2:
            continue
        fn = sum(n for p, n in c.items() if p in _FUNCTION_POS)
        if fn * 2 > total:
            # "على" is a preposition, "علي" (Ali) a name: both normalise to "علي"
            out[form] = "f" if maqsura[form] * 2 > total else "F"
        elif c["VERB"] * 2 > total:
            out[form] = "V"
    return out


#: Particles that only ever precede a verb (لم يقل, لن يذهب, سوف يعود).
_BEFORE_VERB = frozenset({"لم", "لن", "سوف", "ولم", "ولن", "فلم", "فلن"})


def news_counts(path: Path) -> tuple[Counter[str], Counter[str]]:
    """Normalised word counts of a JSON-lines news corpus (``title`` and ``text``), and
    how often each word follows a particle that only precedes verbs."""
    counts: Counter[str] = Counter()
    after_particle: Counter[str] = Counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            row = json.loads(line)
            words = _words(f"{row.get('title') or ''}\n{row.get('text') or ''}")
            counts.update(words)
            after_particle.update(b for a, b in zip(words, words[1:]) if a in _BEFORE_VERB)
    return counts, after_particle


def paradigm_verbs(news: Counter[str], min_count: int = 2) -> set[str]:
    """Words of the news that another conjugation of the same verb shows to be verbs.

    * ``ت`` + stem (a present tense, "she/you do"), when the news also has ``ي`` + stem at least
      twice and a plural or dual of it (``ي``/``ت`` + stem + ``ون``, ``ي`` + stem + ``ان``):
      ``تروج`` (``يروج``, ``يروجون``); a name has no such forms (``تونس``: ``يونس``, no ``يونسون``);
    * ``ا`` + stem + ``ت`` (the past tense of a derived verb, "she did"), when the news also has
      it without ``ت`` and its plural in ``وا`` (a stem ending in ``ي`` drops it: ``ألغيت``,
      ``ألغى``, ``ألغوا``); a plain stem + ``ت`` may be a name (``هانت``: Hunt, beside ``هان``).
    Names that look like verbs (``طلعت``, ``رفعت``) are kept out by the name lists, as for every
    verb of the table.

    >>> sorted(paradigm_verbs(Counter({"تروج": 3, "يروج": 5, "يروجون": 1, "تونس": 9, "يونس": 9,
    ...                                "الغيت": 2, "الغي": 4, "الغوا": 1})))
    ['الغيت', 'تروج']
    """
    out: set[str] = set()
    for w, n in news.items():
        if n < min_count or len(w) < 4:
            continue
        if w[0] == "ت":
            x = w[1:]
            if news.get("ي" + x, 0) >= 2 and (news.get("ي" + x + "ون", 0) + news.get("ت" + x + "ون", 0)
                                             + news.get("ي" + x + "ان", 0)) >= 1:
                out.add(w)
        if w.endswith("ت") and w[0] == "ا" and len(w) >= 5:  # derived verbs only: "هانت" is Hunt
            x = w[:-1]
            plural = (x[:-1] if x.endswith("ي") else x) + "وا"
            if len(x) >= 3 and news.get(x, 0) >= 1 and news.get(plural, 0) >= 1:
                out.add(w)
    return out


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


def build(data: Path, top: int, name_rate: float, min_seen: int = 1) -> list[tuple[str, str, int]]:
    """Rows ``(word, class, news count)`` of the table, most frequent first."""
    news, after_particle = news_counts(data / "ant_arabic_news" / "ant_full.jsonl.gz")
    padt = padt_classes(data / "ud_arabic_padt_legacy_v1.3" / "ar-ud-dev.conllu")
    rate = anercorp_name_rate(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    names = name_words(data)

    def name_like(w: str) -> bool:
        inside, total = rate.get(w, (0, 0))
        if total >= 3:  # annotated evidence decides: "من" is in a name list, but never a name in ANERcorp
            return inside >= name_rate * total
        return inside >= 1 or w in names

    rows: dict[str, tuple[str, int]] = {}
    for w, cls in padt.items():
        inside, total = rate.get(w, (0, 0))
        if cls in ("F", "f") and not (total and inside * 2 > total):
            rows[w] = (cls, news.get(w, 0))
        elif cls == "V" and not name_like(w):
            rows[w] = ("V", news.get(w, 0))
    for w, n in after_particle.items():  # verbs of the news the treebank did not see
        if n >= 3 and w not in rows and len(w) >= 3 and not name_like(w):
            rows[w] = ("V", news.get(w, 0))
    for w in sorted(paradigm_verbs(news)):  # conjugated forms of the news: "تروج", "ألغيت"
        if w not in rows and not name_like(w):
            rows[w] = ("V", news.get(w, 0))
    for w, n in news.most_common(top):
        if w in rows or len(w) < 2 or name_like(w) or rate.get(w, (0, 0))[1] < min_seen:
            continue  # a frequent word ANERcorp has not seen may be a name of today's news ("انغيلا")
        rows[w] = ("C", n)
    # a name that looks like a proclitic + a listed word (فيصل = ف + يصل, كمال = ك + مال)
    # is listed as N, so that the reader never strips it
    from kg.resolve.nameness import clitic_stems

    listed = set(rows)  # a snapshot: N rows must not depend on each other (or on set order)
    for w in sorted(names | set(rate)):
        if w not in listed and name_like(w) and any(stem in listed for stem in clitic_stems(w)):
            rows[w] = ("N", news.get(w, 0))
    return sorted(((w, c, n) for w, (c, n) in rows.items()), key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--top", type=int, default=6000, help="how many of the most frequent news words to consider")
    ap.add_argument("--name-rate", type=float, default=0.1,
                    help="a word ANERcorp train tags as a name at least this often is not common")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.data, args.top, args.name_rate)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# Arabic words that are not names: F function word (f: only when written with final alef maqsura),\n# V verb, C frequent common word of the news; N: a name that must not be read as proclitic + listed word.\n")
        fh.write("# Built by `python -m kg.resolve.build_common` (UD PADT dev, ANT news counts; name lists exempt).\n")
        for w, c, n in rows:
            fh.write(f"{w}\t{c}\t{n}\n")
    print(f"wrote {len(rows)} words to {args.out}: {dict(Counter(c for _, c, _ in rows))}")


if __name__ == "__main__":
    main()

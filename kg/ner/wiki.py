"""Labelled Arabic Wikipedia text for the neural tagger's first training stage.

Two gold corpora (CC BY-SA 3.0; never copied into the repository, read from the shared data
folder like ANERcorp):

* WikiFANE Gold (Alotaibi & Lee, COLING 2014): 15,763 sentences of Arabic Wikipedia tagged
  with 50 fine classes (``B-Politician``, ``I-Nation``, ...), ``token<TAB>TAG``, a UTF-8 BOM,
  CRLF line ends, U+200E marks before most tokens, the conjunction ``و`` / ``ف``, the
  prepositions ``ب`` / ``ل`` / ``ك`` and the pronoun suffixes (``ها``, ``ه``, ``هم`` ...)
  written as tokens of their own.
* AQMAR (Mohit et al., EACL 2012): 2,687 sentences, ``PER`` / ``LOC`` / ``ORG`` / ``MIS0-3``.

Never NewsFANE Gold: its text is ANERcorp's own (test sentences included).

:func:`read_wikifane` maps the fine classes onto ANERcorp's four (:data:`FANE_TYPES`) and
joins the split clitics back onto their words, as ANERcorp writes them (``و ها`` ...);
:func:`drop_overlap` removes sentences that also occur in a given corpus (ANERcorp test).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.ner.conll import Sentence, normalize_tag

#: WikiFANE's fine classes -> kg's types (``None``: not a name in ANERcorp's conventions,
#: tagged ``O``).  Persons (ACE PER) -> PER, except ``Group`` (العرب, المسلمين, اليهود:
#: ANERcorp leaves such words untagged); organisations -> ORG; geo-political entities,
#: natural locations and ``Path`` (قناة السويس, مضيق هرمز) -> LOC, except ``Celestial``
#: (الشمس, الارض: untagged in ANERcorp); facilities (buildings, airports), products, vehicles
#: and weapons -> MISC (ANERcorp tags البيت الأبيض, المسجد الاقصى, الكعبة, القرآن, نوبل MISC).
FANE_TYPES: dict[str, str | None] = {
    **dict.fromkeys(("Politician", "Athlete", "Businessperson", "Artist", "Scientist", "Police",
                     "Religious_PER", "Engineer", "Lawyer", "Other_PER"), "PER"),
    "Group": None,
    **dict.fromkeys(("Government", "Non-Governmental", "Commercial", "Educational", "Media",
                     "Religious_ORG", "Sports", "Medical-Science", "Entertainment"), "ORG"),
    **dict.fromkeys(("Continent", "Nation", "State-or-Province", "County-or-District",
                     "Population-Center", "GPE-Cluster", "Special", "Water-Body",
                     "Land-Region-Natural", "Address", "Boundary", "Path"), "LOC"),
    "Celestial": None,
    **dict.fromkeys(("Building-Grounds", "Subarea-Facility", "Airport", "Plant",
                     "Air", "Land", "Water", "Subarea-Vehicle", "Spacecraft",
                     "Blunt", "Exploding", "Sharp", "Chemical", "Biological", "Shooting",
                     "Projectile", "Nuclear",
                     "Book", "Movie", "Sound", "Hardware", "Software", "Food", "Drug"), "MISC"),
}
#: Clitics WikiFANE writes apart that join the next word (ANERcorp: والصادرات, بما, للازهر).
PREFIXES = ("و", "ف", "ب", "ل", "ك")
#: Pronoun suffixes WikiFANE writes apart that join the word before (عاصمة ها -> عاصمتها).
SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا")


def _is_word(tok: str) -> bool:
    return bool(tok) and "\u0621" <= tok[0] <= "\u064a"


def _fane_tag(tag: str) -> str:
    if tag[:2] not in ("B-", "I-"):
        return "O"
    kind = FANE_TYPES.get(tag[2:])
    return f"{tag[:2]}{kind}" if kind else "O"


def _attach_suffix(word: str, suffix: str) -> str:
    if word.endswith("ة"):
        return word[:-1] + "ت" + suffix
    if word.endswith("ى") and word not in ("على", "الى", "إلى", "لدى", "حتى"):
        return word[:-1] + "ا" + suffix
    if word in ("على", "الى", "إلى", "لدى"):
        return word[:-1] + "ي" + suffix
    return word + suffix


def _attach_prefix(prefix: str, word: str) -> str:
    if prefix == "ل" and word.startswith("ال"):
        return "لل" + word[2:]
    return prefix + word


def join_clitics(tokens: Sequence[str], tags: Sequence[str]) -> Sentence:
    """Join clitics written as tokens of their own back onto their words.

    A suffix joins the Arabic word before it (keeping that word's tag); a prefix joins the
    Arabic word after it (the word's tag, or ``B-X`` when the prefix itself began the name
    the word continues).

    >>> join_clitics(["عاصمة", "ها", "و", "ل", "ه"], ["O", "O", "O", "O", "O"])
    (['عاصمتها', 'وله'], ['O', 'O'])
    >>> join_clitics(["و", "جوبا"], ["O", "B-LOC"])
    (['وجوبا'], ['B-LOC'])
    """
    toks: list[str] = []
    tgs: list[str] = []
    for t, g in zip(tokens, tags):
        if t in SUFFIXES and toks and _is_word(toks[-1]) and toks[-1] not in PREFIXES:
            toks[-1] = _attach_suffix(toks[-1], t)
            continue
        toks.append(t)
        tgs.append(g)
    out_t: list[str] = []
    out_g: list[str] = []
    for t, g in zip(reversed(toks), reversed(tgs)):  # right to left: و ب ما -> وبما
        if t in PREFIXES and out_t and _is_word(out_t[-1]):
            nxt_g = out_g[-1]
            out_t[-1] = _attach_prefix(t, out_t[-1])
            if g.startswith("B-") and nxt_g == "I-" + g[2:]:
                out_g[-1] = g
            continue
        out_t.append(t)
        out_g.append(g)
    return out_t[::-1], out_g[::-1]


def _clean(line: str) -> str:
    return line.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "").rstrip("\r\n")


def parse_wikifane(lines: Iterable[str]) -> list[Sentence]:
    """WikiFANE Gold sentences (``token<TAB>TAG`` lines; a line of only a tab, or empty,
    ends a sentence) with kg's tags and ANERcorp's clitic spelling."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if toks:
            out.append(join_clitics(toks, tags))
            toks.clear()
            tags.clear()

    for raw in lines:
        line = _clean(raw)
        tok, _, tag = line.partition("\t")
        tok = tok.strip()
        if not tok:
            flush()
            continue
        toks.append(tok)
        tags.append(_fane_tag(tag.strip()))
    flush()
    return out


def parse_aqmar(lines: Iterable[str]) -> list[Sentence]:
    """AQMAR sentences (``token TAG``, blank line between sentences): ``MIS*`` -> MISC,
    the corpus's few malformed tags (``OO``, ``IO``, ``B-ENGLISH`` ...) -> ``O``."""
    out: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for raw in lines:
        parts = _clean(raw).split()
        if len(parts) < 2:
            if toks:
                out.append((toks, tags))
                toks, tags = [], []
            continue
        tag = normalize_tag(parts[-1].replace("--", "-").rstrip("`"))
        toks.append(parts[0])
        tags.append(tag if tag[2:] in ("PER", "ORG", "LOC", "MISC") else "O")
    if toks:
        out.append((toks, tags))
    return out


def read(path: Path) -> list[Sentence]:
    """Read one of the two corpora (the format is told by the file: tabs mean WikiFANE)."""
    with path.open(encoding="utf-8-sig") as fh:
        lines = fh.readlines()
    if any("\t" in ln for ln in lines[:50]):
        return parse_wikifane(lines)
    return parse_aqmar(lines)


def _key(tokens: Sequence[str]) -> str:
    from kg.ner.arabic import normalize

    return "".join(normalize(t) for t in tokens)


def drop_overlap(sents: Sequence[Sentence], other: Iterable[Sentence]) -> tuple[list[Sentence], int]:
    """``sents`` without those whose text (normalised, spaces and clitic splits ignored)
    equals a sentence of ``other``; returns the kept sentences and how many were dropped."""
    banned = {_key(t) for t, _ in other if len(t) >= 3}
    kept = [s for s in sents if _key(s[0]) not in banned]
    return kept, len(sents) - len(kept)


def untagged_words(reference: Iterable[Sentence], min_count: int = 3, share: float = 0.8) -> set[str]:
    """Normalised words the reference corpus (ANERcorp's training part) leaves untagged in at
    least ``share`` of their ``min_count``+ occurrences: cue words (وزارة, نادي, منتخب, مسجد, نهر)
    that Wikipedia's annotators put inside names and ANERcorp does not."""
    from collections import Counter

    from kg.ner.arabic import normalize

    total: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    for toks, tags in reference:
        for t, g in zip(toks, tags):
            n = normalize(t)
            total[n] += 1
            untagged[n] += g == "O"
    return {w for w, n in total.items() if n >= min_count and untagged[w] >= share * n}


def trim_cues(sents: Sequence[Sentence], cues: set[str]) -> tuple[list[Sentence], int]:
    """Take leading words of ``cues`` out of multi-word names (``B-ORG I-ORG`` on ``نادي النجف``
    becomes ``O B-ORG``), as ANERcorp writes them; returns the sentences and how many words moved."""
    from kg.ner.arabic import normalize
    from kg.ner.scoring import chunks

    out: list[Sentence] = []
    moved = 0
    for toks, tags in sents:
        new = list(tags)
        for kind, i, j in chunks(tags):
            while j - i >= 2 and normalize(toks[i]) in cues:
                new[i] = "O"
                new[i + 1] = "B-" + kind
                i += 1
                moved += 1
        out.append((list(toks), new))
    return out, moved

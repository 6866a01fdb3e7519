"""Read and write CoNLL-style NER files (token per line, tag in the last column).

Three layouts are read without being told which one a file uses:

* ANERcorp: ``token TAG`` (space separated);
* CoNLL-2003: ``token POS chunk TAG``, optional ``-DOCSTART-`` lines;
* Universal NER: ``index<TAB>token<TAB>TAG<TAB>...`` with ``#`` comment lines.

Sentences are separated by blank lines.  Tags are normalised to kg's coarse labels
(``PERS`` becomes ``PER``; ``MIS*`` become ``MISC``) so the Arabic and English files
share one label set.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError

#: Sentence = (tokens, tags).
Sentence = tuple[list[str], list[str]]

_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "MIS": "MISC", "GPE": "LOC"}


def normalize_tag(tag: str) -> str:
    """Map a corpus tag onto kg's BIO tag set.

    >>> normalize_tag("B-PERS"), normalize_tag("I-MIS0"), normalize_tag("O")
    ('B-PER', 'I-MISC', 'O')
    """
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, kind = tag.partition("-")
    kind = kind.upper()
    if kind.startswith("MIS"):
        kind = "MISC"
    kind = _TYPE_ALIASES.get(kind, kind)
    if prefix not in ("B", "I", "E", "S"):
        return "O"
    # E-/S- (BIOES) collapse onto BIO.
    return ("B" if prefix in ("B", "S") else "I") + "-" + kind


def _parse_line(line: str) -> tuple[str, str] | None:
    if "\t" in line:
        cols = line.split("\t")
        if len(cols) >= 3 and cols[0].isdigit():  # UNER: index, token, tag, ...
            return cols[1], cols[2]
        return cols[0], cols[-1]
    cols = line.split(" ")
    if len(cols) < 2:
        return None
    return cols[0], cols[-1]


def iter_sentences(lines: Iterable[str], source: str = "<input>") -> Iterator[Sentence]:
    """Yield ``(tokens, tags)`` sentences from the lines of a CoNLL file.

    Args:
        lines: the file's lines (with or without line ends).
        source: a name for error messages.

    Raises:
        InputError: a non-blank line has no tag column.
    """
    tokens: list[str] = []
    tags: list[str] = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                yield tokens, tags
                tokens, tags = [], []
            continue
        if line.startswith("# ") and " = " in line:  # UD / UNER comment lines
            continue
        if line.startswith("-DOCSTART-"):
            if tokens:
                yield tokens, tags
                tokens, tags = [], []
            continue
        parsed = _parse_line(line)
        if parsed is None:
            raise InputError(
                f"{source}:{lineno}: expected 'token TAG' (CoNLL), got {line[:60]!r}; "
                "give a file with one token and its BIO tag per line"
            )
        tokens.append(parsed[0])
        tags.append(normalize_tag(parsed[1]))
    if tokens:
        yield tokens, tags


def read_conll(path: str | Path) -> list[Sentence]:
    """Read every sentence of a CoNLL NER file.

    Raises:
        InputError: the file is missing or malformed.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such CoNLL file: {p}; give the path of a token-per-line NER file")
    with p.open(encoding="utf-8") as fh:
        return list(iter_sentences(fh, source=str(p)))


def write_conll(sentences: Iterable[Sentence], path: str | Path) -> None:
    """Write sentences as ``token TAG`` lines with blank lines between sentences."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for tokens, tags in sentences:
            fh.writelines(f"{tok} {tag}\n" for tok, tag in zip(tokens, tags))
            fh.write("\n")

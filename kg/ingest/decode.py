"""Bytes to text: byte-order marks, strict UTF-8, UTF-16 and Windows-1256.

Detection, in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. well-known binary signatures (PDF, ZIP/DOCX, PNG, JPEG, GIF, gzip, ELF) are refused;
3. NUL bytes mean UTF-16 without a BOM when they sit on one side of the byte
   pairs and the result reads as text, and binary data otherwise;
4. strict UTF-8 (a sequence cut off at the very end is dropped with a warning;
   a few stray bytes among much valid UTF-8 become U+FFFD with a warning);
5. Windows-1256 when most letters it yields are Arabic, or ISO-8859-6 (the other
   Arabic code page) when the bytes fit it and it yields more Arabic letters;
6. charset-normalizer's best guess for anything else (Latin-1, Windows-1252 ...).

The decoded text must not be full of control characters, or the input is binary.
The BOM is not part of the decoded text, so offsets count from the first character.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import BinaryInputError, EncodingError
from kg.ingest import limits

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF", "it is a PDF document; extract its text first (for example with pdftotext)"),
    (b"PK\x03\x04", "it is a ZIP archive (or .docx/.xlsx); unpack it or save it as plain text"),
    (b"\x89PNG", "it is a PNG image"),
    (b"\xff\xd8\xff", "it is a JPEG image"),
    (b"GIF8", "it is a GIF image"),
    (b"\x1f\x8b", "it is gzip-compressed; decompress it, or name a compressed JSONL file *.jsonl.gz"),
    (b"\x7fELF", "it is an executable program"),
)

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HINT = "try --encoding cp1256 (Arabic Windows), --encoding utf-16 or --encoding latin-1"


@dataclass
class Encoding:
    """What detection decided.

    Attributes:
        codec: a Python codec name (``"utf-8"``, ``"utf-16-le"``, ``"cp1256"`` ...).
        bom: how many bytes of byte-order mark precede the text.
        lenient: undecodable bytes are replaced by U+FFFD instead of failing.
    """

    codec: str
    bom: int = 0
    lenient: bool = False


@dataclass
class Decoded:
    """A decoded text and the non-fatal problems met while decoding it."""

    text: str
    encoding: Encoding
    problems: list[str] = field(default_factory=list)


def _binary(name: str, what: str) -> BinaryInputError:
    return BinaryInputError(f"{name} is not text: {what}. kg reads .txt, .html and .jsonl articles")


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit on one side of the pairs."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    total = even + odd
    if total == 0 or max(even, odd) < 0.9 * total or max(even, odd) < len(sample) // 20:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    text = sample[: len(sample) - len(sample) % 2].decode(codec, errors="replace")
    bad = sum(1 for c in text if c == "\ufffd" or _CONTROL.match(c))
    return codec if bad <= len(text) // 50 else None


def _utf8(sample: bytes, complete: bool) -> Encoding | None:
    try:
        sample.decode("utf-8")
        return Encoding("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end >= len(sample) - 3 and exc.reason == "unexpected end of data":
            try:
                sample[: exc.start].decode("utf-8")
                return Encoding("utf-8")
            except UnicodeDecodeError:
                pass
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for c in text if ord(c) > 0x7F) - bad
    if wide >= 8 and wide >= 10 * bad:
        return Encoding("utf-8", lenient=True)
    return None


def _arabic_code_page(sample: bytes, cp1256_arabic: int) -> str:
    """``iso8859_6`` or ``cp1256`` for bytes that read as Arabic in Windows-1256.

    Both code pages put hamza to ghain at the same bytes, but ISO-8859-6 puts feh to
    yeh at 0xE1-0xEA, where Windows-1256 has Latin letters (waw and yeh come out as
    "è" and "ê"), so ISO-8859-6 text reads as Arabic with accented letters in
    Windows-1256.  Real Windows-1256 Arabic uses bytes ISO-8859-6 leaves undefined
    (ta' to kaf, 0xD8-0xDF), so it never decodes as ISO-8859-6.
    """
    try:
        iso = sample.decode("iso8859_6")
    except UnicodeDecodeError:
        return "cp1256"
    return "iso8859_6" if len(_ARABIC_LETTER.findall(iso)) > cp1256_arabic else "cp1256"


def _legacy(sample: bytes) -> str | None:
    text = sample.decode("cp1256")
    letters = sum(1 for c in text if c.isalpha())
    arabic = len(_ARABIC_LETTER.findall(text))
    if letters and arabic >= 0.6 * letters:
        return _arabic_code_page(sample, arabic)
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if letters and len(_LATIN_LETTER.findall(text)) >= 0.9 * letters:
            return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None or not best.encoding:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


def detect(sample: bytes, name: str, *, complete: bool = True) -> Encoding:
    """Decide how ``sample`` (a whole input, or its first bytes) is encoded.

    Args:
        sample: the bytes to look at.
        name: the input's name, for messages.
        complete: False when ``sample`` is only the start of a longer input, so a
            character cut at its end is not a problem.

    Returns:
        the :class:`Encoding` to decode with.

    Raises:
        EmptyInputError: never here; callers check emptiness first.
        BinaryInputError: the bytes are not text.
        EncodingError: they look like text in an encoding kg cannot tell.
    """
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return Encoding(codec, bom=len(bom))
    for magic, what in _MAGIC:
        if sample.startswith(magic):
            raise _binary(name, what)
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise _binary(name, "it holds NUL bytes, so it is binary data")
        return Encoding(utf16)
    found = _utf8(sample, complete)
    if found is not None:
        return found
    legacy = _legacy(sample)
    if legacy is None:
        raise EncodingError(f"{name} is not UTF-8, UTF-16 or Windows-1256; {_HINT}")
    return Encoding(legacy)


def given(encoding: str, sample: bytes) -> Encoding:
    """The :class:`Encoding` for a user-chosen ``--encoding``.

    A BOM of the same family is skipped; ``utf-16``/``utf-32`` without an order
    use their BOM, or little-endian without one.

    Raises:
        EncodingError: ``encoding`` is not a codec Python knows.
    """
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise EncodingError(
            f"unknown encoding {encoding!r}; use a name such as utf-8, cp1256, utf-16 or latin-1"
        ) from None
    for bom, bom_codec in _BOMS:
        if sample.startswith(bom) and bom_codec.startswith(codec.replace("_", "-")[:6]):
            if codec in ("utf-16", "utf-32"):
                codec = bom_codec
            if codec == bom_codec:
                return Encoding(codec, bom=len(bom))
    if codec in ("utf-16", "utf-32"):
        codec += "-le"
    return Encoding(codec)


def check_text(text: str, name: str) -> None:
    """Refuse decoded text that is mostly control characters (binary data).

    Raises:
        BinaryInputError: more than 1 in 100 characters are control characters.
    """
    bad = len(_CONTROL.findall(text[:1_000_000]))
    if bad and bad * 100 > min(len(text), 1_000_000):
        raise _binary(name, "it is full of control characters, so it is binary data")


def decode(data: bytes, name: str, *, encoding: str | None = None) -> Decoded:
    """Decode a whole input.

    Args:
        data: all the bytes of the input (not empty).
        name: the input's name, for messages.
        encoding: a codec to use instead of detecting one.

    Returns:
        the text, the encoding used and the problems met.

    Raises:
        BinaryInputError, EncodingError: see :func:`detect`; EncodingError too when
            ``encoding`` is given and does not decode the data.
    """
    sample = data[: limits.SNIFF_BYTES]
    enc = given(encoding, sample) if encoding else detect(sample, name, complete=len(data) <= len(sample))
    parts = list(iter_decode([data[enc.bom :]], enc, name, strict=encoding is not None))
    problems = [p for p in parts if isinstance(p, _Problem)]
    text = "".join(p for p in parts if not isinstance(p, _Problem))
    check_text(text, name)
    return Decoded(text, enc, [str(p) for p in problems])


class _Problem(str):
    """A message yielded among decoded text pieces by :func:`iter_decode`."""


def iter_decode(
    chunks: Iterable[bytes], enc: Encoding, name: str, *, strict: bool = False
) -> Iterator[str]:
    """Decode byte chunks incrementally, yielding text pieces.

    Problems (a truncated last character, replaced bytes) are yielded as
    ``_Problem`` strings, which callers tell apart with :func:`is_problem`.

    Args:
        chunks: the bytes, BOM already removed.
        enc: the encoding to use.
        name: the input's name, for messages.
        strict: raise :class:`EncodingError` on undecodable bytes instead of
            replacing them (for a user-chosen encoding).
    """
    errors = "replace" if enc.lenient else "strict"
    decoder = codecs.getincrementaldecoder(enc.codec)(errors=errors)
    position = enc.bom
    replaced = False
    for chunk in chunks:
        try:
            piece = decoder.decode(chunk)
            if enc.lenient and not replaced and "\ufffd" in piece:
                replaced = True
                yield _Problem(f"some bytes are not valid {enc.codec} and were replaced by U+FFFD")
            yield piece
        except UnicodeDecodeError as exc:
            if strict:
                raise EncodingError(
                    f"{name} cannot be decoded as {enc.codec} (byte {position + max(exc.start, 0)}: "
                    f"{exc.reason}); check --encoding or leave it out to detect the encoding"
                ) from None
            yield _Problem(
                f"some bytes are not valid {enc.codec} (first near byte {position + max(exc.start, 0)}) "
                "and were replaced by U+FFFD"
            )
            decoder = codecs.getincrementaldecoder(enc.codec)(errors="replace")
            yield decoder.decode(chunk)
        position += len(chunk)
    try:
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        yield _Problem(
            f"the input ends in the middle of a {enc.codec} character; the incomplete last "
            "character was dropped (the file may be truncated)"
        )


def is_problem(piece: str) -> bool:
    """True if a piece yielded by :func:`iter_decode` is a problem message."""
    return isinstance(piece, _Problem)


__all__ = ["Decoded", "Encoding", "check_text", "decode", "detect", "given", "is_problem", "iter_decode"]

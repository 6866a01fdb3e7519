"""Safe file names from document ids and titles.

Ids come from the input (a JSONL ``id`` field, a file name) and may hold
anything: ``../../etc/x``, ``CON``, 300 characters, control characters, bidi
marks.  :func:`safe_name` turns one into a single file-name component that is
safe on Linux, macOS and Windows, and deterministic: the same id always gives
the same name.  When the id had to be changed, a hash of the original id is
appended, so two different ids never end up with the same name.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"123456789", "\u00b9", "\u00b2", "\u00b3")]
)
# Path separators, characters Windows forbids, controls, bidi/zero-width marks.
_BAD = re.compile(
    '[/\\\\<>:"|?*\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff'
    "\ud800-\udfff\ufff9-\uffff\U000e0000-\U000e007f]"
)
_SPACES = re.compile(r"\s+")
#: File systems limit names to 255 bytes; keep room for a suffix like ``.ttl.tmp``.
_MAX_BYTES = 200


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _fit(name: str, max_chars: int, max_bytes: int = _MAX_BYTES) -> str:
    """Cut ``name`` to ``max_chars`` characters and ``max_bytes`` UTF-8 bytes."""
    name = name[:max_chars]
    while len(name.encode("utf-8")) > max_bytes:
        name = name[:-1]
    return name


def safe_name(doc_id: str, max_len: int = 120) -> str:
    """A safe, deterministic file-name component for ``doc_id``.

    Unsafe characters become ``_``, whitespace runs become ``_``, leading dots and
    trailing dots/spaces are removed, Windows device names (``CON``, ``NUL.txt``,
    ``COM1``) get a leading ``_``, and the result is at most ``max_len``
    characters (and 200 UTF-8 bytes).  If anything changed, ``-`` and 10 hex
    digits of the SHA-256 of the original id are appended (within ``max_len``),
    so different ids give different names.  Names that differ only in case may
    still collide on case-insensitive file systems.

    Args:
        doc_id: any string.
        max_len: the longest name to return, at least 16.

    Returns:
        a non-empty name without path separators, never ``.`` or ``..``.

    >>> safe_name("AL-culture-171-20180316")
    'AL-culture-171-20180316'
    >>> safe_name("../../etc/x")
    'etc_x-56da1a2ef2'
    >>> safe_name("CON")
    '_CON-a3dbc4b644'
    """
    max_len = max(max_len, 16)
    name = unicodedata.normalize("NFC", doc_id) if _is_valid(doc_id) else doc_id
    name = _BAD.sub("_", name)
    name = _SPACES.sub("_", name)
    name = re.sub(r"_{2,}", "_", name)
    name = name.lstrip(". _").rstrip(". ")
    name = name or "_"
    if name.split(".")[0].upper().rstrip(" ") in _RESERVED:
        name = "_" + name
    if name == doc_id and len(name) <= max_len and len(name.encode("utf-8")) <= _MAX_BYTES:
        return name
    suffix = "-" + _hash(doc_id)
    return (_fit(name, max_len - len(suffix), _MAX_BYTES - len(suffix)).rstrip(". ") or "_") + suffix


def _is_valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

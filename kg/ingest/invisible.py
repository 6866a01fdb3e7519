"""Invisible characters (zero-width, bidi marks) and a view of text without them.

kg keeps the original text so that character offsets point into the source;
matching (gazetteers, name comparison) should look through invisible format
characters such as U+200F RIGHT-TO-LEFT MARK or U+200C ZERO WIDTH NON-JOINER,
which scraped Arabic pages often carry inside names.
"""
from __future__ import annotations

import re

#: Format characters that change nothing a reader sees in a name.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)


def is_invisible(char: str) -> bool:
    """True if ``char`` is a zero-width or bidi format character.

    >>> is_invisible("\\u200f"), is_invisible("a")
    (True, False)
    """
    return len(char) == 1 and _INVISIBLE_RE.match(char) is not None


def strip_invisible(text: str) -> tuple[str, list[int]]:
    """Remove invisible format characters, keeping a map back to the original.

    Args:
        text: the original text.

    Returns:
        ``(clean, index)`` where ``clean`` has no invisible characters and
        ``index[i]`` is the position in ``text`` of ``clean[i]``;
        ``index[len(clean)]`` is ``len(text)``, so a span ``[s, e)`` of ``clean``
        is ``[index[s], index[e - 1] + 1)`` of ``text``.

    >>> strip_invisible("ab\\u200fc")
    ('abc', [0, 1, 3, 4])
    """
    if _INVISIBLE_RE.search(text) is None:
        return text, list(range(len(text) + 1))
    keep = [i for i, c in enumerate(text) if _INVISIBLE_RE.match(c) is None]
    clean = "".join(text[i] for i in keep)
    keep.append(len(text))
    return clean, keep


def visible(text: str) -> str:
    """``text`` without invisible format characters (for comparing names).

    >>> visible("\\u200fكيم\\u200c جونغ")
    'كيم جونغ'
    """
    return strip_invisible(text)[0]

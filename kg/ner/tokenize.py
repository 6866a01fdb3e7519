"""The tokeniser kg's NER models were trained with, with character offsets.

It follows the corpora's conventions: words and numbers stay whole, every
punctuation mark is its own token (``البلدين".`` -> ``البلدين`` ``"`` ``.``,
``جونغ-`` -> ``جونغ`` ``-``), Arabic clitics stay attached (as in ANERcorp; the
features look inside words instead), English keeps ``U.S.``, ``1996-08-22`` and
``Italian-born`` whole and splits ``'s`` / ``n't`` (as in CoNLL-2003).
"""
from __future__ import annotations

import re

# One alternation, tried left to right at every position.
_TOKEN = re.compile(
    r"""
      (?:[A-Za-z]\.){2,}(?![A-Za-z])          # U.S.  U.N.
    | \d+(?:[.,:/-]\d+)*%?                     # 1,000  3.5  1996-08-22  10%
    | n't\b
    | [^\W\d_]+(?=n't\b)                       # did|n't, do|n't
    | [^\W\d_]+                                # letters (any script)
      (?:-[^\W\d_]+(?:n(?='t\b))? | ['’][A-Z][^\W\d_]*)*   # Italian-born, O'Neill
    | '[sdm]\b | '(?:ll|re|ve)\b
    | [^\w\s]                                  # any punctuation mark or symbol, alone
    | [\w]+                                    # remaining word characters (mixed digits/letters)
    """,
    re.VERBOSE,
)

# Arabic diacritics and tatweel are part of a word, not separate tokens.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def tokenize(text: str, *, split_marked: bool = False) -> list[tuple[int, int]]:
    """Split text into tokens; return their ``(start, end)`` character offsets.

    A diacritic or tatweel inside an Arabic word keeps the word whole (``والادّعاء``,
    ``تحمّل``).  ``split_marked=True`` gives the older split, which cut such a word after
    the mark (``والادّ`` ``عاء``): the shipped language model was pretrained on news split
    that way (:mod:`kg.ner.lm_pretrain` keeps it so that ``kg train ner`` reproduces it).

    >>> t = 'قال كيم جونغ- أون "البلدين".'
    >>> [t[s:e] for s, e in tokenize(t)]
    ['قال', 'كيم', 'جونغ', '-', 'أون', '"', 'البلدين', '"', '.']
    >>> t = "The U.S. didn't sell Italian-born John's 1,000 cars."
    >>> [t[s:e] for s, e in tokenize(t)]
    ['The', 'U.S.', 'did', "n't", 'sell', 'Italian-born', 'John', "'s", '1,000', 'cars', '.']
    >>> t = "وأكّد الادّعاء"
    >>> [t[s:e] for s, e in tokenize(t)]
    ['وأكّد', 'الادّعاء']
    """
    spans: list[tuple[int, int]] = []
    marked = False  # the last span ends with a mark glued onto it
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        # Glue Arabic diacritics/tatweel (matched as punctuation) back onto the word, and the
        # letters that go on after them.
        if spans and spans[-1][1] == s and _ARABIC_MARKS.fullmatch(text[s:e]):
            spans[-1] = (spans[-1][0], e)
            marked = True
            continue
        if marked and not split_marked and spans[-1][1] == s and text[s].isalpha():
            spans[-1] = (spans[-1][0], e)
            marked = False
            continue
        marked = False
        spans.append((s, e))
    return spans


_SENT_END = re.compile(r"(?<=[.!?؟…])[\"'”»)]*(\s+)|(\n+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans at ``. ! ? ؟`` followed by space, and at newlines.

    >>> t = "قال كيم. وأضاف بوتين؟ Yes!\\nNext"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['قال كيم.', 'وأضاف بوتين؟', 'Yes!', 'Next']
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start(1) if m.group(1) else m.start()
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start + lead, start + len(seg.rstrip())))
        start = m.end()
    seg = text[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        out.append((start + lead, start + len(seg.rstrip())))
    return out

"""English context that shows a name to be a company's, not a person's.

The English tagger, trained on older newswire, tags many company names of business news as
persons (``Nike has reported its best ...``, ``Citigroup has sold its ...``, ``shares in
Sina``, ``Metlife's chairman``).  The words around the name tell them apart: a person has no
shares, share price, profits or chairman, and is no ``it``.  :func:`org_context` reads those
words; :func:`kg.resolve.document._retype_by_cues` weighs them over all the mentions of the
name in the document, as it weighs ``firm X`` or ``X Inc``.
"""
from __future__ import annotations

import re

#: Words before a name that make it a company's ("shares in Sina", "a spokeswoman for Hanover Re").
_BEFORE = re.compile(
    r"\b(?:shares?\s+in|shares?\s+of|stake\s+in|stakes\s+in|spokes(?:man|woman|person)\s+for|"
    r"shareholders?\s+in|takeover\s+of|subsidiary\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What a company has and a person has not, after "X's" ("Metlife's chairman", "Carnival's share price").
_OWNED = ("shares", "share", "share price", "stock", "profits", "profit", "pre-tax", "revenues", "revenue", "sales",
          "earnings", "turnover", "shareholders", "subsidiary", "subsidiaries", "chairman", "chief executive",
          "board", "management", "factory", "factories", "plant", "plants", "fleet", "stores", "outlets",
          "market value", "market share", "products", "brand", "brands", "workforce", "employees", "staff")
_AFTER_POSSESSIVE = re.compile(r"^['\u2019]s\s+(?:[a-z-]+\s+){0,1}(?:" + "|".join(re.escape(w) for w in _OWNED)
                               + r")\b")
#: "Boeing shares rose", "Sina shares": the name itself before "shares".
_AFTER_SHARES = re.compile(r"^\s+(?:shares|share\s+price|stock\s+(?:rose|fell|jumped|slipped))\b")
#: "Nike has reported its", "Citigroup has sold its": the name is the subject that "its" points
#: back to, through a verb of business results (not any verb: "Des Browne quoted its five-year
#: plan", "Malcolm Glazer access to its books").
_ITS = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?(?:reported|posted|sold|cut|raised|announced|increased|lowered|"
                  r"boosted|doubled|trimmed|lifted|reduced|revised|expanded|closed|upgraded|downgraded|"
                  r"restated|issued|warned\s+that)\s+its\s")
#: "Highfield said that it intends to ...": a speaker that is an "it" with plans (people say "it
#: was wrong", "it would be", so only verbs of intent count).
_SAID_IT = re.compile(r"^\s+(?:has\s+)?said\s+(?:that\s+)?it\s+(?:intends|plans|expects|aims|hopes|wants|"
                      r"intended|planned|expected|aimed|hoped|wanted|would\s+(?:cut|close|buy|sell)|"
                      r"will\s+(?:cut|close|buy|sell))\b")


def org_context(text: str, start: int, end: int) -> bool:
    """True if the words around ``text[start:end]`` (an English name) say that it names a company.

    >>> t = "Nike has reported its best results. Tony Blair said it was wrong."
    >>> org_context(t, 0, 4), org_context(t, 36, 46)
    (True, False)
    >>> org_context("a rise in shares in Sina on Monday", 20, 24)
    True
    >>> org_context("Robert Benmosche, Metlife's chairman, said", 18, 25)
    True
    >>> org_context("Gordon Brown's budget", 0, 12)
    False
    """
    before = text[max(0, start - 40) : start]
    if _BEFORE.search(before):
        return True
    after = text[end : end + 60]
    return bool(_AFTER_POSSESSIVE.match(after) or _AFTER_SHARES.match(after) or _ITS.match(after)
                or _SAID_IT.match(after))


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
    r"shareholders?\s+in|takeover\s+of|subsidiary\s+of|ownership\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A kind of business right before the name, beyond the cue words resolution already reads
#: ("its unit Gazpromneft", "Channel Tunnel operator Eurotunnel").  Not the kinds a person is
#: too ("stockbroker", "miner", "regulator Callum McCarthy") nor verbs ("label Blair a liar").
_KIND_RIGHT_BEFORE = re.compile(
    r"\b(?:unit|units|operator|subsidiary|affiliate|studio|watchdog|brokerage|bookmaker|utility)\s+$")
#: A business's own word after the name that the tagger left out of the span ("Daiwa Securities",
#: "Nestle SA"): a person's name is not followed by it.
_BUSINESS_WORD_AFTER = re.compile(
    r"^\s+(?:Securities|Bank|Bancorp|Financial|Telecom|Telecommunications|Airlines|Airways|Motors|Energy|"
    r"Petroleum|Holdings|Capital|Investments|Insurance|Assurance|Pharmaceuticals|Electronics|Steel|"
    r"Corp|Corporation|Inc|Ltd|plc|AG|SA|NV|GmbH)\b")
#: A share price's move right after the name ("Daiwa added 5.3% to 740 yen", "Boeing fell 2%").
_PRICE_MOVE = re.compile(
    r"^\s+(?:shares\s+)?(?:rose|fell|added|gained|lost|slipped|jumped|climbed|dropped|tumbled|surged|"
    r"slumped|soared|dipped|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent)")
#: What a company or a club has and a person has not, after "X's" ("Metlife's chairman", "Carnival's
#: share price", "Gartner's principal analyst", "Fannie Mae's senior executives").  No adviser,
#: spokesman or aide: people have those too ("Gordon Brown's aides").
_OWNED = ("shares", "share", "share price", "stock", "profits", "profit", "pre-tax", "revenues", "revenue", "sales",
          "earnings", "turnover", "shareholders", "subsidiary", "subsidiaries", "chairman", "chairwoman",
          "vice-chairman", "chief executive", "chief executives", "board", "management", "factory", "factories",
          "plant", "plants", "fleet", "stores", "outlets", "market value", "market share", "products", "brand",
          "brands", "branding", "workforce", "employees", "staff", "executives", "directors", "analyst",
          "analysts", "economist", "economists", "strategist", "customers", "subscribers", "competitor",
          "competitors", "players", "squad", "striker", "midfielder", "defender", "goalkeeper", "stadium", "fans")
#: Words between "X's" and what it owns that belong to a person's things ("Blair's campaign
#: chairman", "Brown's former chief executive") or start another phrase ("Mike Smith's
#: appointment as chief executive"): the cue does not reach over them.
_PERSONAL = ("campaign", "election", "re-election", "leadership", "transition", "former", "own", "personal",
             "private", "family", "wife", "husband", "son", "daughter", "as", "of", "at", "for", "in", "to",
             "by", "with", "from", "on", "and", "or", "who", "was", "is", "has", "had")
_AFTER_POSSESSIVE = re.compile(
    r"^['\u2019]s\s+(?:(?!(?:" + "|".join(_PERSONAL) + r")\b)[A-Za-z-]+\s+){0,3}?(?:"
    + "|".join(re.escape(w) for w in _OWNED) + r")\b(?!['\u2019])")
#: A post in a company or club right after its name ("Marsh chief executive Michael Cherkasky",
#: "Chelsea manager", "HVB analyst"): a person's name is not used that way.  Not "spokesman",
#: "adviser" or "aide" ("a Blair spokesman").
_ROLE_AFTER = re.compile(
    r"^\s+(?:chairman|chairwoman|vice-chairman|chief\s+executive|chief\s+economist|chief\s+financial\s+officer|"
    r"finance\s+director|managing\s+director|director|analyst|analysts|economist|economists|strategist|"
    r"shareholders|boss|bosses|manager|striker|midfielder|defender|goalkeeper|keeper|captain|fans|supporters|"
    r"executives|employees|staff|workers)\b(?!['\u2019])")
#: A post at a company before its name ("chief economist at Fannie Mae", "an analyst with ING").
_JOB_AT = re.compile(
    r"\b(?:economist|analyst|strategist|director|executive|officer|head|chairman|president|manager|partner|"
    r"researcher|dealer|trader|broker|worker|employee|engineer)s?\s+(?:at|with)\s+(?:the\s+)?$", re.IGNORECASE)
#: A kind of business in apposition after the name ("Gazpromneft, a former unit of ...", "Freddie
#: Mac, the country's other largest mortgage firm,"): the kind is the phrase's head, followed
#: by punctuation or a word that ends the phrase, not a word it modifies ("a bank manager").
_KINDS = ("firm", "company", "group", "carrier", "airline", "bank", "lender", "insurer", "retailer", "grocer",
          "chain", "carmaker", "manufacturer", "maker", "conglomerate", "broadcaster", "newspaper", "magazine",
          "club", "side", "unit", "subsidiary", "operator", "giant", "supermarket", "website", "brewer", "utility",
          "agency", "office", "firms", "companies", "grocers", "banks", "clubs")
_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:(?!(?:of|at|for|from|with|in|to|and|who)\b)[\w'\u2019-]+\s+){0,4}?(?:"
    + "|".join(_KINDS) + r")(?=\s*[,.;:)]|\s+(?:which|that|of|in|based|whose|with|and|to|has|had|is|was|said|says)\b)")
#: The same kind right before the name and a comma ("the statistics office, Destatis").
_KIND_BEFORE = re.compile(r"\b(?:" + "|".join(_KINDS) + r"),\s*$")
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
    if _BEFORE.search(before) or _JOB_AT.search(before) or _KIND_RIGHT_BEFORE.search(before):
        return True
    if _KIND_BEFORE.search(before) and " " not in text[start:end].strip():
        return True  # one word only: "a spokesman for the firm, John Smith, said" names a man
    after = text[end : end + 80]
    return bool(_AFTER_POSSESSIVE.match(after) or _AFTER_SHARES.match(after) or _ITS.match(after)
                or _SAID_IT.match(after) or _ROLE_AFTER.match(after) or _APPOSITION.match(after)
                or _BUSINESS_WORD_AFTER.match(after) or _PRICE_MOVE.match(after))


def listed_organization(name: str) -> bool:
    """True if ``name`` is on kg's lists of well-known organizations (the gazetteer's
    ``orgs.tsv``: agencies, companies, football clubs; and ``known.tsv``) and on no list of
    people: ``Boeing``, ``Fannie Mae``, ``Chelsea`` name no person, whatever the tagger says.

    >>> listed_organization("Boeing"), listed_organization("Fannie Mae"), listed_organization("Tony Blair")
    (True, True, False)
    """
    from kg.model import ORGANIZATION, PERSON
    from kg.resolve import known

    return known.lookup(name, ORGANIZATION) is not None and known.lookup(name, PERSON) is None

"""Decide between overlapping mentions from several extractors.

The trained model speaks first: where it found a confident mention, rules and
gazetteers do not override it; they fill the gaps it leaves and add what they
know (the ISO code of a country, the GeoNames id of a city, an organization's
Wikidata id) to the mention they agree with.  Within a group of overlapping
mentions the longest confident span wins (``الحرس الوطني الروسي`` over the
nationality ``الروسي`` inside it); a nationality swallowed by a longer name is
kept on the winner as ``attrs["nationality_iso"]`` so relation extraction can say
which country the organization or person belongs to.
"""
from __future__ import annotations

from kg.model import LOC, MISC, Mention

#: Which source wins a tie (higher first).
PRIORITY = {"ner": 4, "gazetteer": 3, "rules": 2, "propagation": 1}
#: A model mention below this score does not hide a rule or gazetteer mention.
CONFIDENT = 0.5


def _strength(m: Mention) -> tuple[float, int, int, int]:
    confident = 1.0 if (m.source != "ner" or m.score >= CONFIDENT) else 0.0
    return (confident, m.end - m.start, PRIORITY.get(m.source, 0), -m.start)


def merge(mentions: list[Mention]) -> list[Mention]:
    """Resolve overlaps; return non-overlapping mentions sorted by offset.

    >>> a = Mention(0, 19, "الحرس الوطني الروسي", label="ORG", source="ner", score=0.9)
    >>> b = Mention(13, 19, "الروسي", label="LOC", source="gazetteer", kind="Country", attrs={"iso": "RU", "nationality": True})
    >>> [(m.text, m.attrs.get("nationality_iso")) for m in merge([a, b])]
    [('الحرس الوطني الروسي', 'RU')]
    """
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    groups: list[list[Mention]] = []
    end = -1
    for m in ordered:
        if m.end <= m.start:
            continue
        if groups and m.start < end:
            groups[-1].append(m)
            end = max(end, m.end)
        else:
            groups.append([m])
            end = m.end
    out: list[Mention] = []
    for group in groups:
        out.extend(_resolve_group(group))
    return sorted(out, key=lambda m: m.start)


def _resolve_group(group: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for m in sorted(group, key=_strength, reverse=True):
        if m.label == MISC and m.source != "ner":
            continue
        clash = next((c for c in chosen if c.start < m.end and m.start < c.end), None)
        if clash is None:
            chosen.append(_copy(m))
            continue
        if _glued_to(clash, m):
            _trim_to(clash, m)
        _absorb(clash, m)
    return chosen


#: ل ("to, for") before the article, whose alif is then not written (ل + العراق = للعراق),
#: alone or after a conjunction.
_LI_AL = ("لل", "ولل", "فلل")


def _glued_to(winner: Mention, gaz: Mention) -> bool:
    """True when ``winner`` is ``gaz``'s name with ل + the article's lam glued before it.

    The tagger marks the whole written word (``للعراق``, "to Iraq"); the gazetteer found the
    name inside it (``عراق``, which it knows as Iraq).  The name is the gazetteer's span.
    Other proclitics are not trimmed here: the tagger's own mention lost them already where
    the rest is a known word (:func:`kg.ner.extract_mentions._trim`), and one letter is too
    little to go by (``فيينا`` is Vienna, not ف + ``يينا``, Jena).
    """
    lead = winner.text[: gaz.start - winner.start]
    return (gaz.source == "gazetteer" and winner.source != "gazetteer" and gaz.end == winner.end
            and lead in _LI_AL and winner.label in (LOC, gaz.label))


def _trim_to(winner: Mention, gaz: Mention) -> None:
    winner.start, winner.text = gaz.start, gaz.text
    winner.norm = gaz.norm or winner.norm


def _copy(m: Mention) -> Mention:
    return Mention(m.start, m.end, m.text, label=m.label, score=m.score, source=m.source, kind=m.kind,
                   norm=m.norm, entity=m.entity, attrs=dict(m.attrs))


def _absorb(winner: Mention, other: Mention) -> None:
    """Keep what ``other`` knows on ``winner``."""
    also = winner.attrs.setdefault("also", [])
    if other.source not in also and other.source != winner.source:
        also.append(other.source)
    same_span = (winner.start, winner.end) == (other.start, other.end)
    if same_span and other.source == "gazetteer":
        # the gazetteer knows what this name denotes: type and link it
        # a nationality adjective the model calls MISC ("Israeli", CoNLL's convention)
        # denotes the state, as its Arabic counterpart does
        nationality = winner.label == MISC and bool(other.attrs.get("nationality"))
        if winner.label == LOC or other.label == winner.label or winner.score < 0.9 or nationality:
            winner.label = other.label
            winner.kind = other.kind
            for k, v in other.attrs.items():
                winner.attrs.setdefault(k, v)
        return
    if same_span and winner.label == other.label:
        winner.score = max(winner.score, other.score)
        return
    if other.attrs.get("nationality") and other.attrs.get("iso"):
        winner.attrs.setdefault("nationality_iso", other.attrs["iso"])

"""The gazetteer's token loop, written for speed (runs of contiguous tokens in one pass with a
one-space fast path, spacing-free names tried only for stems that begin one), finds what the
direct definitions find."""
from __future__ import annotations

from kg.extract import gazetteer as G
from kg.text.tokenize import tokenize

TEXTS = [
    "زار بوتين بيونغ يانغ. ثم وصل إلى بيونغيانغ، ولروسيا علاقات مع كوريا الشمالية\nوالولايات المتحدة",
    "قال (الأمم المتحدة) إن «موسكو» و  طهران ؛ بغداد:دمشق!",
    "Kim met Putin in Pyongyang. North Korea,\n\nRussia; the United Nations (UN) said",
    "", "  ", "بيونغ\tيانغ",
]


def _runs_direct(text: str, tokens: list) -> list[int]:
    n = len(tokens)
    return [max([j for j in range(i + 1, n + 1) if G._contiguous(text, tokens, i, j)]) for i in range(n)]


def test_runs_equal_the_definition_by_contiguity() -> None:
    for text in TEXTS:
        tokens = tokenize(text)
        assert G._runs(text, tokens) == _runs_direct(text, tokens)


def test_heads_hold_every_beginning_of_every_spacing_free_name() -> None:
    gaz = G.load("ar")
    heads = gaz._heads()
    assert "" in heads and all(k in heads and k[:2] in heads for k in gaz.nospace)
    assert len(heads) == len({k[:j] for k in gaz.nospace for j in range(len(k) + 1)})


def test_find_gives_the_spacing_free_and_clitic_matches() -> None:
    gaz = G.load("ar")
    text = TEXTS[0]
    found = [(text[tokenize(text)[i].start:tokenize(text)[j - 1].end], plen)
             for i, j, _e, plen in gaz.find(text, tokenize(text))]
    assert ("بيونغ يانغ", 0) in found and ("بيونغيانغ", 0) in found and ("ولروسيا", 2) in found

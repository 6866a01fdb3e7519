"""Run-ons from an organization kg does not list (fifth-session review, second round):
"For the Lib Dems David Laws said" is the Lib Dems and David Laws, not one organization."""
from __future__ import annotations

from kg.model import ORG, PER, Document, Mention
from kg.resolve import resolve_document


def _doc(text: str, spans: list[tuple[str, str]]) -> Document:
    mentions, pos = [], 0
    for name, label in spans:
        start = text.index(name, pos)
        mentions.append(Mention(start, start + len(name), name, label=label, score=0.9, source="ner"))
        pos = start + len(name)
    return Document(id="t", text=text, lang="en", mentions=mentions)


def _keys(doc: Document) -> set[str]:
    return {k.split("~")[0] for k in resolve_document(doc).entities}


def test_unlisted_party_and_speaker_are_split() -> None:
    text = ("Labour attacked the Conservatives and Lib Dems. For the Lib Dems David Laws said: "
            "\"The chancellor will tell us how wonderful it is.\"")
    keys = _keys(_doc(text, [("Labour", ORG), ("Conservatives and Lib Dems", ORG), ("Lib Dems David Laws", ORG)]))
    assert "person/david-laws" in keys
    assert "org/lib-dems" in keys
    assert "org/lib-dems-david-laws" not in keys


def test_organization_name_stays_whole() -> None:
    text = "The BBC said so. The BBC World Service said it would cut jobs. Lib Dems Campaign Unit said no."
    keys = _keys(_doc(text, [("BBC", ORG), ("BBC World Service", ORG), ("Lib Dems Campaign Unit", ORG)]))
    assert "org/bbc-world-service" in keys
    assert "org/lib-dems-campaign-unit" in keys


def test_speaker_needs_the_organization_named_alone() -> None:
    text = "For the Royal Bank Fred Goodwin said profits rose."
    keys = _keys(_doc(text, [("Royal Bank Fred Goodwin", ORG)]))
    assert "person/fred-goodwin" not in keys

"""Run-ons from an organization kg does not list (fifth-session review, second round):
"For the Lib Dems David Laws said" is the Lib Dems and David Laws, not one organization."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.model import ORG

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))
from resolve_docs import entity_keys, spans_doc  # noqa: E402


def test_unlisted_party_and_speaker_are_split() -> None:
    text = ("Labour attacked the Conservatives and Lib Dems. For the Lib Dems David Laws said: "
            "\"The chancellor will tell us how wonderful it is.\"")
    keys = entity_keys(spans_doc(text, [("Labour", ORG), ("Conservatives and Lib Dems", ORG), ("Lib Dems David Laws", ORG)]))
    assert "person/david-laws" in keys
    assert "org/liberal-democrats" in keys  # the party (kg's list names Lib Dems since the eighteenth session)
    assert "org/lib-dems-david-laws" not in keys


def test_organization_name_stays_whole() -> None:
    text = "The BBC said so. The BBC World Service said it would cut jobs. Lib Dems Campaign Unit said no."
    keys = entity_keys(spans_doc(text, [("BBC", ORG), ("BBC World Service", ORG), ("Lib Dems Campaign Unit", ORG)]))
    assert "org/bbc-world-service" in keys
    assert "org/lib-dems-campaign-unit" in keys


def test_speaker_needs_the_organization_named_alone() -> None:
    text = "For the Royal Bank Fred Goodwin said profits rose."
    keys = entity_keys(spans_doc(text, [("Royal Bank Fred Goodwin", ORG)]))
    assert "person/fred-goodwin" not in keys

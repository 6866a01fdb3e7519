"""Gazetteer matches: what a one-word organization name means depends on its neighbours."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import extract
from kg.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.attrs["org_id"])) for m in extract(Document(id="t", text=text, lang="ar"))
            if m.attrs.get("org_id")]


@pytest.mark.parametrize("text", ["التوتر في شبه الجزيرة الكورية يتصاعد", "دول الجزيرة العربية"])
def test_peninsula_is_not_the_channel(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("قالت الجزيرة إن الوفد وصل", "الجزيرة"),
    ("بث تقرير على قناة الجزيرة القطرية", "قناة الجزيرة"),
])
def test_the_channel_is_found(text: str, surface: str) -> None:
    assert _orgs(text) == [(surface, "al-jazeera")]


def test_countries_and_cities_carry_their_ids() -> None:
    ms = extract(Document(id="t", text="زار بوتين بيونغ يانغ ولروسيا علاقات مع كوريا الشمالية", lang="ar"))
    got = {m.text: (m.attrs.get("iso"), m.attrs.get("geonames")) for m in ms}
    assert got["بيونغ يانغ"] == (None, "1871859")
    assert got["روسيا"] == ("RU", None)
    assert got["كوريا الشمالية"] == ("KP", None)

"""Offline place and well-known-name lookups used for keys."""
from __future__ import annotations

import pytest

from kg.resolve import known, places


@pytest.mark.parametrize(
    ("name", "expected"),
    [("بيونغ يانغ", ("City", "1871859")), ("بيونغيانغ", ("City", "1871859")), ("Pyongyang", ("City", "1871859")),
     ("سورية", ("Country", "SY")), ("سوريا", ("Country", "SY")), ("Syria", ("Country", "SY")),
     ("واشنطن", ("City", "4140963")), ("الجزائر", ("Country", "DZ")), ("UK", ("Country", "GB"))],
)
def test_places_find_place(name: str, expected: tuple[str, str]) -> None:
    assert places.find_place(name) == expected


def test_places_city_info_and_iri() -> None:
    assert places.city_info(1871859)["iso"] == "KP"
    assert places.geonames_iri("1871859") == "https://sws.geonames.org/1871859/"
    assert places.country_info("ru")["en"] == "Russia"


def test_known_spellings_share_a_key_and_types_are_kept_apart() -> None:
    assert known.lookup("ترمب", "Person").key == known.lookup("Donald Trump", "Person").key == "person/donald-trump"
    assert known.lookup("Trump", "Organization") is None
    assert known.lookup("حلف شمال الأطلسي", "Organization").key == "org/nato"

"""The README's example builds a graph holding the facts the foundation issue lists."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import select

EXPECTED = [
    ("Person", "Kim Jong Un"),
    ("Person", "Alexei Krivoruchko"),
    ("Person", "Vladimir Putin"),
    ("Organization", "Korean Central News Agency"),
    ("Organization", "Russian National Guard"),
    ("Country", "North Korea"),
    ("Country", "Russia"),
    ("Country", "Ukraine"),
    ("Country", "United States"),
    ("Country", "South Korea"),
    ("City", "Pyongyang"),
    ("City", "Moscow"),
    ("City", "Ryazan"),
]


@pytest.fixture(scope="module")
def graph(seed_build: Path) -> Path:
    return seed_build / "graph.trig"


@pytest.mark.parametrize(("typ", "name"), EXPECTED)
def test_seed_entity_has_type_and_english_label(graph: Path, typ: str, name: str) -> None:
    rows = select(graph, f'SELECT ?e WHERE {{ ?e a kg:{typ} ; rdfs:label ?l FILTER(STR(?l) = "{name}") }}')
    assert len(rows) == 1, f"{name} should be exactly one kg:{typ}"


def test_seed_entities_carry_arabic_labels(graph: Path) -> None:
    rows = select(graph, 'SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l FILTER(LANG(?l) = "ar") }')
    labels = {str(r["l"]) for r in rows}
    assert any("كيم جونغ" in x for x in labels)
    assert "فلاديمير بوتين" in labels


def test_seed_mentions_point_at_the_exact_characters(graph: Path) -> None:
    rows = select(graph, """SELECT ?text ?start ?end ?doctext WHERE {
        ?m a kg:Mention ; kg:text ?text ; kg:start ?start ; kg:end ?end ; kg:inDocument ?d .
        ?d kg:text ?doctext }""")
    assert len(rows) > 30
    for r in rows:
        assert str(r["doctext"])[int(r["start"]):int(r["end"])] == str(r["text"])


def test_seed_source_is_cnn_arabic(graph: Path) -> None:
    rows = select(graph, "SELECT ?p WHERE { ?d a kg:Document ; kg:documentKind \"article\" ; kg:publisher ?p }")
    assert {str(r["p"]) for r in rows} == {"CNN Arabic"}


def test_seed_hosting_event(graph: Path) -> None:
    rows = select(graph, """SELECT ?date WHERE {
        ?e a kg:Consult ; kg:agent ?kim ; kg:target ?k ; kg:place ?pyongyang .
        ?kim rdfs:label "Kim Jong Un"@en . ?pyongyang kg:geonamesId "1871859" .
        OPTIONAL { ?e kg:date ?date } }""")
    assert rows, "Kim hosts Krivoruchko in Pyongyang (CONSULT) is missing"
    assert any(str(r.get("date")) == "2024-07-11" for r in rows)

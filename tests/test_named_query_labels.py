"""Named queries show a name for every entity: the English label, else the machine
romanisation marked "≈", else the Arabic label; an event reported by several documents is one
row with its highest confidence."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

GRAPH = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix p: <https://w3id.org/newskg/id/person/> .
@prefix o: <https://w3id.org/newskg/id/org/> .
@prefix c: <https://w3id.org/newskg/id/country/> .
@prefix ev: <https://w3id.org/newskg/id/event/> .
@prefix d: <https://w3id.org/newskg/id/doc/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

p:a a kg:Person ; rdfs:label "حيدر العبادي"@ar ; kg:romanization "Haydar al-Abadi"@ar-Latn ;
    kg:mentionedIn d:1 .
o:b a kg:Organization ; rdfs:label "الاتحاد العالمي"@ar ; kg:mentionedIn d:1 .
c:IQ a kg:Country ; rdfs:label "Iraq"@en , "العراق"@ar ; kg:mentionedIn d:1 .
ev:e a kg:Event , kg:Consult ; rdfs:label "استقبل"@ar ;
    kg:agent p:a ; kg:target o:b ; kg:place c:IQ ;
    kg:date "2018-07-20"^^xsd:date ; kg:modality "asserted" ;
    kg:confidence "0.6"^^xsd:decimal , "0.9"^^xsd:decimal ;
    kg:sentence "استقبل حيدر العبادي وفد الاتحاد العالمي في العراق"@ar .
"""


def _rows(path: Path, name: str, *params: str) -> list[dict[str, str]]:
    args = ["query", str(path), "--named", name, "-f", "csv"]
    for p in params:
        args += ["--param", p]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    return list(csv.DictReader(io.StringIO(res.output)))


def test_events_row_names_arabic_only_entities_and_takes_the_highest_confidence(tmp_path: Path) -> None:
    g = tmp_path / "g.ttl"
    g.write_text(GRAPH, encoding="utf-8")
    rows = _rows(g, "events")
    assert len(rows) == 1, rows
    assert rows[0]["agent"] == "≈ Haydar al-Abadi"
    assert rows[0]["target"] == "الاتحاد العالمي"
    assert rows[0]["place"] == "Iraq"
    assert float(rows[0]["confidence"]) == 0.9


def test_co_actors_entities_and_events_of_use_the_fallback_names(tmp_path: Path) -> None:
    g = tmp_path / "g.ttl"
    g.write_text(GRAPH, encoding="utf-8")
    assert [(r["a"], r["b"]) for r in _rows(g, "co-actors")] == [("≈ Haydar al-Abadi", "الاتحاد العالمي")]
    ents = {r["ar"]: r["en"] for r in _rows(g, "entities")}
    assert ents["حيدر العبادي"] == "≈ Haydar al-Abadi"
    assert ents["العراق"] == "Iraq"
    assert ents["الاتحاد العالمي"] == ""
    rows = _rows(g, "events-of", "name=حيدر العبادي")
    assert [(r["role"], r["other"], r["place"]) for r in rows] == [("agent", "الاتحاد العالمي", "Iraq")]
    rows = _rows(g, "events-of", "name=الاتحاد العالمي")
    assert [(r["role"], r["other"]) for r in rows] == [("target", "≈ Haydar al-Abadi")]


def test_an_event_two_reports_give_two_modalities_is_one_row_asserted(tmp_path: Path) -> None:
    g = tmp_path / "g.ttl"
    g.write_text(GRAPH.replace('kg:modality "asserted" ;', 'kg:modality "planned" , "asserted" ;'), encoding="utf-8")
    rows = _rows(g, "events")
    assert [(r["modality"], float(r["confidence"])) for r in rows] == [("asserted", 0.9)], rows
    g.write_text(GRAPH.replace('kg:modality "asserted" ;', 'kg:modality "planned" , "negated" ;'), encoding="utf-8")
    assert [r["modality"] for r in _rows(g, "events")] == ["negated"], "no report asserts it: one of theirs"

"""kg query, stats, validate and export over the built example."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_query_people_table(seed_build: Path) -> None:
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"),
                              'SELECT ?en WHERE { ?p a kg:Person ; rdfs:label ?en FILTER(LANG(?en)="en") } ORDER BY ?en'])
    assert res.exit_code == 0, res.output
    assert "Kim Jong Un" in res.output
    assert "Vladimir Putin" in res.output


def test_query_json_is_sparql_results_json(seed_build: Path) -> None:
    res = runner.invoke(app, ["query", str(seed_build / "graph.trig"), "-f", "json",
                              "SELECT ?c WHERE { ?c a kg:Country }"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    values = {b["c"]["value"] for b in data["results"]["bindings"]}
    assert "https://w3id.org/newskg/id/country/KP" in values


def test_query_csv(seed_build: Path) -> None:
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), "-f", "csv",
                              "SELECT ?iso WHERE { ?c kg:iso ?iso } ORDER BY ?iso"])
    assert res.exit_code == 0
    lines = res.output.strip().splitlines()
    assert lines[0] == "iso"
    assert {"KP", "RU", "US", "KR", "UA"} <= set(lines[1:])


def test_query_from_file(seed_build: Path, tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("ASK { ?x a kg:City ; kg:geonamesId \"1871859\" }", encoding="utf-8")
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), "--file", str(q)])
    assert res.exit_code == 0
    assert res.output.strip() == "true"


def test_query_list_and_named(seed_build: Path) -> None:
    res = runner.invoke(app, ["query", "--list"])
    assert res.exit_code == 0
    assert "events-of" in res.output
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), "--named", "sources-of", "--param", "name=Kim Jong Un"])
    assert res.exit_code == 0, res.output
    assert "كيم" in res.output


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT ?x WHERE { ?x ?y }", "malformed SPARQL"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "--allow-network"),
        ("", "empty"),
    ],
)
def test_query_refusals_are_one_line(seed_build: Path, sparql: str, message: str) -> None:
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), sparql])
    assert res.exit_code == 1
    assert message in res.output
    assert "Traceback" not in res.output


def test_query_malformed_reports_position(seed_build: Path) -> None:
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), "SELECT ?x WHERE {\n ?x ?y }"])
    assert "2:" in res.output


def test_query_undeclared_prefix_is_named(seed_build: Path) -> None:
    """The parser's own message was a list of the characters a name may hold, or "expected OPTIONAL"."""
    for sparql, where in (("SELECT * WHERE { ?s foo:bar ?o }", "1:28"), ("SELECT * WHERE { ?s <a> dc:x }", "1:26")):
        res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), sparql])
        assert res.exit_code == 1
        prefix = sparql.split(":")[0].split()[-1]
        assert res.output == (
            f"Error: malformed SPARQL: error at {where}: undeclared prefix {prefix}:; declare it (PREFIX {prefix}: "
            "<...>) or use one kg declares: kg: kgid: rdf: rdfs: owl: xsd: skos: schema: prov: sem: wd: gn:\n"
        )
    declared = "PREFIX dc: <http://purl.org/dc/terms/> SELECT ?o WHERE { ?s dc:x ?o . ?s kg:x \"a:b\" }"
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), declared])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--limit", "0", "--limit 0 prints no rows; give 1 or more (leave it out for every row)"),
        ("--limit", "-1", "--limit -1 prints no rows; give 1 or more (leave it out for every row)"),
        ("--timeout", "0", "--timeout 0 stops the query before it starts; give more than 0 seconds"),
        ("--timeout", "-5", "--timeout -5 stops the query before it starts; give more than 0 seconds"),
    ],
)
def test_query_limit_and_timeout_below_one_are_refused(seed_build: Path, option: str, value: str, message: str) -> None:
    """--limit -1 printed one row and --limit 0 every row; --timeout -5 stopped every query."""
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), option, value, "SELECT ?s WHERE { ?s ?p ?o }"])
    assert res.exit_code == 2
    assert res.output == f"Error: {message}\n"


def test_query_timeout_stops_a_long_query(seed_build: Path) -> None:
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    res = runner.invoke(app, ["query", str(seed_build / "graph.ttl"), "--timeout", "0.5", slow])
    assert res.exit_code == 1
    assert "--timeout" in res.output


def test_query_bad_graph_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    res = runner.invoke(app, ["query", str(bad), "SELECT * WHERE { ?s ?p ?o }"])
    assert res.exit_code == 1
    assert "not valid" in res.output


@pytest.mark.parametrize("merged", ["graph.ttl", "graph.nt", "graph.jsonld"])
def test_stats_and_networkx_exports_read_a_merged_graph_file(seed_build: Path, tmp_path: Path, merged: str) -> None:
    """A file of the merged graph (no named graphs) gave 'nodes: 0  edges: 0' and empty GraphML and CSV."""
    stats = [runner.invoke(app, ["stats", str(seed_build / name), "--top", "40"]) for name in ("graph.trig", merged)]
    assert stats[0].exit_code == stats[1].exit_code == 0
    assert stats[0].output.startswith("nodes: 36  edges: 44\n")
    assert stats[1].output == stats[0].output
    csv = []
    for name in ("graph.trig", merged):
        res = runner.invoke(app, ["export", str(seed_build / name), "-o", str(tmp_path / name), "-f", "csv"])
        assert res.exit_code == 0, res.output
        csv.append((tmp_path / name / "graph.csv").read_text(encoding="utf-8").splitlines())
    assert len(csv[0]) == 45
    assert csv[1] == csv[0]


def test_stats_counts_types(seed_build: Path) -> None:
    res = runner.invoke(app, ["stats", str(seed_build / "graph.trig")])
    assert res.exit_code == 0, res.output
    assert "Person" in res.output and "Country" in res.output
    assert "most connected:" in res.output


def test_validate_conforms(seed_build: Path) -> None:
    res = runner.invoke(app, ["validate", str(seed_build / "graph.ttl")])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("conforms")


def test_validate_reports_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/newskg/ontology#> .\n'
                   '<https://w3id.org/newskg/id/country/XX> a kg:Country ; kg:iso "not-an-iso" .\n', encoding="utf-8")
    res = runner.invoke(app, ["validate", str(bad)])
    assert res.exit_code == 1
    assert "Constraint Violation" in res.output


def test_export_converts_formats(seed_build: Path, tmp_path: Path) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    res = runner.invoke(app, ["export", str(seed_build / "graph.trig"), "-o", str(tmp_path), "-f", "ttl,gexf"])
    assert res.exit_code == 0, res.output
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl"), Graph().parse(seed_build / "graph.ttl"))
    assert (tmp_path / "graph.gexf").read_text(encoding="utf-8").startswith("<?xml")


def test_store_queries_and_exports_leave_bookkeeping_out(tmp_path: Path, seed_path: Path) -> None:
    store = tmp_path / "store"
    res = runner.invoke(app, ["ingest", str(seed_path), "--store", str(store), "--date", "2024-07-12"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", "--store", str(store), "-f", "csv",
                              "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?s), '/store/')) }"])
    assert res.exit_code == 0, res.output
    assert res.output.strip().splitlines()[-1] == "0"
    res = runner.invoke(app, ["export", "--store", str(store), "-o", str(tmp_path / "out"), "-f", "trig"])
    assert res.exit_code == 0, res.output
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert "graph/meta" not in trig and "graph\\/meta" not in trig
    assert "kim-jong-un" in trig


def test_named_query_bind_lines_give_the_same_answer_as_one_query(seed_build: Path) -> None:
    from kg.query import fill, named_queries, prepare, query

    nq = named_queries()["events-of"]
    graph = seed_build / "graph.trig"
    from kg.io import load_dataset

    ds = load_dataset(graph)
    text = prepare(ds, nq, {"name": "Kim Jong Un"})
    assert "VALUES ?actor { <https://w3id.org/newskg/id/person/kim-jong-un> }" in text
    slow = sorted(map(str, query(ds, fill(nq, {"name": "Kim Jong Un"})).rows))
    fast = sorted(map(str, query(ds, text).rows))
    assert slow == fast and len(fast) >= 2


def test_stats_top_below_zero_is_refused(seed_build: Path) -> None:
    """--top -1 listed every entity but one (a Python slice)."""
    res = runner.invoke(app, ["stats", str(seed_build / "graph.trig"), "--top", "-1"])
    assert res.exit_code == 2
    assert "Invalid value for '--top'" in res.output

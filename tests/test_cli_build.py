"""kg build end to end on the bundled example, through the CLI."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_build_writes_every_requested_format(seed_build: Path) -> None:
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml", "graph.gexf", "graph.csv",
                 "graph.nt", "graph.html"):
        assert (seed_build / name).stat().st_size > 100, name


def test_build_turtle_and_jsonld_hold_the_same_graph(seed_build: Path) -> None:
    from rdflib.compare import isomorphic

    ttl = Graph().parse(seed_build / "graph.ttl")
    jsonld = Graph().parse(seed_build / "graph.jsonld", format="json-ld")
    nt = Graph().parse(seed_build / "graph.nt")
    assert len(ttl) > 200
    assert isomorphic(ttl, jsonld)
    assert isomorphic(ttl, nt)


def test_build_trig_has_one_named_graph_per_document_plus_entities(seed_build: Path) -> None:
    from rdflib import Dataset

    ds = Dataset().parse(seed_build / "graph.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    docs = {n for n in names if "/doc/" in n}
    assert len(docs) == 3  # main article, read-also article, headlines
    assert "https://w3id.org/newskg/id/graph/entities" in names


def test_build_twice_gives_isomorphic_graphs(tmp_path: Path, seed_path: Path) -> None:
    from rdflib.compare import isomorphic

    outs = []
    for i in range(2):
        out = tmp_path / str(i)
        res = runner.invoke(app, ["build", str(seed_path), "-o", str(out), "-f", "ttl", "--date", "2024-07-12"])
        assert res.exit_code == 0, res.output
        outs.append(Graph().parse(out / "graph.ttl"))
    assert isomorphic(outs[0], outs[1])


def test_build_summary_names_what_was_written(tmp_path: Path, seed_path: Path) -> None:
    res = runner.invoke(app, ["build", str(seed_path), "-o", str(tmp_path), "-f", "ttl"])
    assert res.exit_code == 0, res.output
    assert "read 3 documents" in res.output
    assert f"wrote {tmp_path / 'graph.ttl'}" in res.output


def test_build_from_stdin(tmp_path: Path) -> None:
    text = "زار الرئيس الروسي فلاديمير بوتين العاصمة الكورية الشمالية بيونغ يانغ."
    res = runner.invoke(app, ["build", "-", "-o", str(tmp_path), "-f", "ttl"], input=text)
    assert res.exit_code == 0, res.output
    g = Graph().parse(tmp_path / "graph.ttl")
    labels = {str(o) for o in g.objects()}
    assert "Pyongyang" in labels


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/file.txt"], "no/such/file.txt"),
        (["build", "{empty}"], "empty"),
        (["build", "{binary}"], "binary"),
        (["build", "{seed}", "--format", "docx"], "unknown format 'docx'"),
        (["build", "{seed}", "--date", "12/07/2024"], "YYYY-MM-DD"),
        (["build", "{seed}", "--ner", "bogus"], "unknown NER backend"),
    ],
)
def test_build_bad_input_gives_one_clear_line(tmp_path: Path, seed_path: Path, args: list[str], message: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    args = [a.format(empty=empty, binary=binary, seed=seed_path) for a in args]
    res = runner.invoke(app, [*args, "-o", str(tmp_path / "out")])
    assert res.exit_code != 0
    assert message.lower() in res.output.lower()
    assert "Traceback" not in res.output


def test_build_keeps_previous_output_when_it_fails(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(seed_path), "-o", str(out), "-f", "ttl"]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    res = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "-o", str(out), "-f", "ttl"])
    assert res.exit_code != 0
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["build", "ingest"])
def test_jobs_below_zero_is_refused(tmp_path: Path, command: str) -> None:
    """--jobs -3 was accepted (0 means one per core)."""
    article = tmp_path / "a.txt"
    article.write_text("Kim Jong Un met Vladimir Putin in Moscow.", encoding="utf-8")
    where = ["-o", str(tmp_path / "out")] if command == "build" else ["--store", str(tmp_path / "st")]
    res = runner.invoke(app, [command, str(article), *where, "--jobs", "-3"])
    assert res.exit_code == 2
    assert "Invalid value for '--jobs'" in res.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "st").exists()

"""kg push / kg query --endpoint against a real ``oxigraph serve`` on 127.0.0.1.

The server comes from the PyPI package ``oxigraph`` (``pip install oxigraph``); the
tests skip when its ``oxigraph`` command is absent.
"""
from __future__ import annotations

import re

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.errors import QueryError
from kg.model import Document
from kg.remote import RemoteError, push, query_endpoint

TEXTS = [
    ("ar", "زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ يوم الخميس والتقى الزعيم كيم جونغ أون."),
    ("en", "Russian President Vladimir Putin visited Pyongyang on Thursday and met Kim Jong Un."),
    ("en", "The United Nations condemned the attack in Kabul, Afghanistan."),
]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh ``oxigraph serve`` (union default graph, as kg's queries expect); yields its base URL."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(100):  # up to 10 s
            if proc.poll() is not None:
                pytest.skip(f"oxigraph serve did not start: {proc.stderr.read().decode()[:200]}")  # type: ignore[union-attr]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.skip("oxigraph serve did not open its port within 10 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="module")
def dataset():  # type: ignore[no-untyped-def]
    from kg.graph.rdf import to_dataset
    from kg.pipeline import process

    docs = [process(Document(id=f"d{i}", text=t, lang=lang), ner="none") for i, (lang, t) in enumerate(TEXTS)]
    return to_dataset(docs)


def quads(ds) -> int:  # type: ignore[no-untyped-def]
    """Quads in every graph: a triple two documents state counts twice (len(ds) counts it once)."""
    return sum(1 for _ in ds.quads((None, None, None, None)))


def count(url: str) -> int:
    return int(query_endpoint(url + "/query", COUNT).rows[0][0])


def test_cli_push_then_query_endpoint_round_trip(server: str, dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import kg.cli.remote  # noqa: F401  (registers kg push until kg.cli lists it)
    from kg.cli import app

    trig = tmp_path / "g.trig"
    dataset.serialize(trig, format="trig")
    runner = CliRunner()
    res = runner.invoke(app, ["push", str(trig), "--endpoint", server + "/query"])
    assert res.exit_code == 0, res.output
    assert res.output.startswith(f"pushed 4 graphs, {quads(dataset)} triples to {server}/store in ")
    assert count(server) == quads(dataset)

    res = runner.invoke(app, ["push", str(trig), "--endpoint", server + "/query"])
    assert res.exit_code == 0, res.output
    assert count(server) == quads(dataset), "pushing again must not double anything"

    res = runner.invoke(app, ["query", "--endpoint", server + "/query", "--format", "csv",
                              "SELECT ?l WHERE { kgid:person\\/vladimir-putin rdfs:label ?l } ORDER BY ?l"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["l", "Vladimir Putin", "فلاديمير بوتين"]


def test_cli_query_endpoint_honours_limit(server: str, dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An endpoint sends its whole answer; --limit was left unapplied to it."""
    from kg.cli import app

    trig = tmp_path / "g.trig"
    dataset.serialize(trig, format="trig")
    runner = CliRunner()
    assert runner.invoke(app, ["push", str(trig), "--endpoint", server + "/query"]).exit_code == 0
    for sparql in ("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", "CONSTRUCT WHERE { ?s ?p ?o }"):
        res = runner.invoke(app, ["query", "--endpoint", server + "/query", "--limit", "2", "--format", "csv", sparql])
        assert res.exit_code == 0, res.output
        assert len(res.output.splitlines()) == 3, res.output  # the header and two rows


def test_readme_push_example_shows_what_pushing_the_example_prints(server: str, seed_build: Path) -> None:
    """The README's push of the example graph showed 791 triples, a count from an older graph."""
    from kg.cli import app

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    res = CliRunner().invoke(app, ["push", str(seed_build / "graph.trig"), "--endpoint", server + "/query"])
    assert res.exit_code == 0, res.output
    pushed = res.output.split(" to ")[0]
    assert f"\n{pushed} to http://127.0.0.1:7878/store in " in readme
    assert f"\nn\n---\n{count(server)}\n(1 row)\n" in readme


def test_remote_answers_equal_local_answers(server: str, dataset) -> None:  # type: ignore[no-untyped-def]
    from kg.query import query

    push(dataset, server + "/query")
    q = ("SELECT ?e ?type (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?e a ?type ; kg:mentionedIn ?d } "
         "GROUP BY ?e ?type ORDER BY ?e ?type")
    local, remote = query(dataset, q), query_endpoint(server + "/query", q)
    assert remote.variables == local.variables
    assert remote.rows == local.rows
    assert len(remote.rows) >= 5
    assert query_endpoint(server + "/query", "ASK { ?e a kg:City }").boolean is True
    built = query_endpoint(server + "/query", "CONSTRUCT { ?e a kg:Country } WHERE { ?e a kg:Country }")
    assert {str(t[0]) for t in built.triples or []} >= {"https://w3id.org/newskg/id/country/RU"}


def test_quads_mode_loads_the_same_graph(server: str, dataset) -> None:  # type: ignore[no-untyped-def]
    report = push(dataset, server + "/query", mode="quads", batch_bytes=10_000)
    assert report.graphs == 4 and report.triples == quads(dataset)
    assert count(server) == quads(dataset)


def test_push_a_store_leaves_out_its_bookkeeping(server: str, dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.parallel import DocResult, run
    from kg.store import Store

    docs = [Document(id=f"d{i}", text=t, lang=lang) for i, (lang, t) in enumerate(TEXTS)]
    with Store(tmp_path / "st") as st:
        outcomes = [o for o in run(docs, ner="none") if isinstance(o, DocResult)]
        st.add_many((list(o.quads()), o.id, o.content_hash) for o in outcomes)
    report = push(tmp_path / "st", server + "/query")
    assert report.graphs == 4
    graphs = {str(r[0]) for r in query_endpoint(server + "/query",
                                                "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }").rows}
    assert "https://w3id.org/newskg/id/graph/entities" in graphs
    assert "https://w3id.org/newskg/id/graph/meta" not in graphs
    assert count(server) == report.triples


def test_errors_name_the_problem(server: str) -> None:
    with pytest.raises(QueryError, match="refused the query"):
        query_endpoint(server + "/query", "SELEKT ?x WHERE { ?x ?p ?o }")
    with pytest.raises(QueryError, match="read-only"):
        query_endpoint(server + "/query", "DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(RemoteError, match="HTTP 404.*check the URL"):
        query_endpoint(server + "/nothing-here", "ASK {}")
    with pytest.raises(RemoteError, match="cannot reach"):
        query_endpoint(f"http://127.0.0.1:{_free_port()}/query", "ASK {}")
    with pytest.raises(RemoteError, match="not an http"):
        query_endpoint("file:///etc/passwd", "ASK {}")


def test_named_query_on_an_endpoint_binds_on_the_server_and_matches_local(server: str, dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kg.cli import app

    push(dataset, server + "/query")
    trig = tmp_path / "g.trig"
    dataset.serialize(trig, format="trig")
    runner = CliRunner()
    args = ["--named", "events-of", "--param", "name=vladimir putin", "--format", "csv"]
    remote = runner.invoke(app, ["query", "--endpoint", server + "/query", *args])
    local = runner.invoke(app, ["query", str(trig), *args])
    assert remote.exit_code == 0 and local.exit_code == 0, remote.output + local.output
    assert remote.output == local.output
    assert "Kim Jong Un" in remote.output  # Putin met Kim: one event, Putin as agent


def test_prepare_runs_bind_lookups_where_it_is_told(dataset) -> None:  # type: ignore[no-untyped-def]
    from kg.query import Result, named_queries, prepare

    asked: list[str] = []

    def lookup(q: str) -> Result:
        asked.append(q)
        return Result(variables=["actor"], rows=[])

    text = prepare(None, named_queries()["events-of"], {"name": "Putin"}, run_lookup=lookup)
    assert len(asked) == 1 and "LCASE" in asked[0]
    assert re.search(r"VALUES \?actor \{\s*\}", text)  # no actor found: an empty VALUES block

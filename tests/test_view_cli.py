"""`kg view`: graph files, pages already built, stores, and clear errors."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

SEED = Path(__file__).parent / "fixtures" / "view" / "seed_graph.trig"
runner = CliRunner()


def page_data(path: Path) -> dict:
    html = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    calls: list[str] = []
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: calls.append(url) or True)
    return calls


def test_view_writes_the_page_next_to_the_graph_and_opens_it(tmp_path, opened):
    graph = tmp_path / "graph.trig"
    shutil.copy(SEED, graph)
    result = runner.invoke(app, ["view", str(graph)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "graph.html"
    assert result.stdout.strip() == str(page)
    assert opened == [page.resolve().as_uri()]
    assert page_data(page)["meta"]["lang"] == "ar"


def test_view_to_an_output_file_in_english_without_opening(tmp_path, opened):
    out = tmp_path / "out.html"
    result = runner.invoke(app, ["view", str(SEED), "-o", str(out), "--lang", "en", "--no-open",
                                 "--title", "Seed", "--max-nodes", "5"])
    assert result.exit_code == 0, result.output
    meta = page_data(out)["meta"]
    assert (meta["lang"], meta["title"], meta["drawn"], meta["reduced"]) == ("en", "Seed", 5, True)
    assert opened == []


def test_out_may_be_a_folder_but_never_the_graph_itself(tmp_path, opened):
    graph = tmp_path / "g.trig"
    shutil.copy(SEED, graph)
    folder = tmp_path / "pages"
    folder.mkdir()
    result = runner.invoke(app, ["view", str(graph), "-o", str(folder), "--no-open"])
    assert result.exit_code == 0, result.output
    assert (folder / "g.html").is_file()
    result = runner.invoke(app, ["view", str(graph), "-o", str(graph), "--no-open"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the page would overwrite the graph file")
    assert graph.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")


def test_view_of_a_built_page_just_opens_it(tmp_path, opened):
    page = tmp_path / "already.html"
    page.write_text("<!DOCTYPE html><title>x</title>")
    result = runner.invoke(app, ["view", str(page)])
    assert result.exit_code == 0
    assert opened == [page.resolve().as_uri()]
    assert page.read_text() == "<!DOCTYPE html><title>x</title>"


def test_turtle_and_ntriples_inputs(tmp_path, opened):
    from rdflib import Dataset, Graph

    d = Dataset()
    d.parse(SEED, format="trig")
    merged = Graph()
    for quad in d.quads():
        merged.add(quad[:3])
    for suffix, fmt in ((".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")):
        f = tmp_path / f"g{suffix}"
        merged.serialize(f, format=fmt)
        result = runner.invoke(app, ["view", str(f), "--no-open"])
        assert result.exit_code == 0, result.output
        names = {n["en"] for n in page_data(f.with_suffix(".html"))["nodes"]}
        assert "Kim Jong Un" in names


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["view", "missing.ttl", "--no-open"], "Error: no such graph file: missing.ttl"),
        (["view", "graph.xyz", "--no-open"], "Error: cannot view graph.xyz: unknown graph file type '.xyz'"),
        # the parser's line and column, as kg query gives (rdflib quoted the file's first bytes)
        (["view", "bad.ttl", "--no-open"], "Error: bad.ttl is not valid Turtle: Parser error at line 1 between columns 1 and 5:"),
        (["view", "cut.trig", "--no-open"], "Error: cut.trig is not valid TriG: Parser error at line 2 "),
        (["view", "--no-open"], "Error: give a graph file"),
        (["view", "bad.ttl", "--lang", "fr", "--no-open"], "Error: --lang must be 'ar' or 'en', got 'fr'"),
        (["view", "--store", "nostore", "--no-open"], 'Error: --store needs --around "NAME"'),
        (["view", "--store", "nostore", "--around", "Kim", "--no-open"], "Error: no store at nostore"),
        (["view", "missing.html", "--no-open"], "Error: no such page: missing.html"),
    ],
)
def test_errors_are_one_clear_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "graph.xyz").write_text("x")
    (tmp_path / "bad.ttl").write_text("this is < not turtle")
    (tmp_path / "cut.trig").write_text("@prefix kg: <https://w3id.org/newskg/ontology#> .\n<https://w3id.org/newskg/id/x> kg:lab")
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_around_a_name_in_a_graph_file(tmp_path, opened):
    out = tmp_path / "kim.html"
    result = runner.invoke(app, ["view", str(SEED), "--around", "Kim Jong Un", "--hops", "1", "-o", str(out),
                                 "--no-open"])
    assert result.exit_code == 0, result.output
    names = {n["en"] or n["ar"] for n in page_data(out)["nodes"]}
    assert names == {"Kim Jong Un", "North Korea", "استضاف", "أعرب عن دعمه", "نقل تحيات"}
    missing = runner.invoke(app, ["view", str(SEED), "--around", "Nobody", "-o", str(out), "--no-open"])
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"Error: no entity named 'Nobody' in {SEED}")

"""`kg view --store DIR --around NAME --hops N`: a neighbourhood read from an Oxigraph store."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import StoreError
from kg.namespace import ID
from kg.view.data import view_data
from kg.view.names import normalise_name
from kg.view.store import find_entities, neighbourhood, open_store

SEED = Path(__file__).parent / "fixtures" / "view" / "seed_graph.trig"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    import pyoxigraph as ox

    folder = tmp_path_factory.mktemp("store") / "kgstore"
    store = ox.Store(str(folder))
    store.load(path=str(SEED), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return folder


def names(graph) -> set[str]:
    return {n["en"] or n["ar"] for n in view_data(graph).nodes}


@pytest.mark.parametrize("name", ["Kim Jong Un", "kim jong un", "كيم جونغ أون", "كيم جونغ اون", "كيم جونغ- أون"])
def test_names_in_either_language_find_the_entity(store_dir, name):
    assert find_entities(open_store(store_dir), name) == [str(ID["person/kim-jong-un"])]


def test_hops_grow_the_neighbourhood(store_dir):
    zero = neighbourhood(store_dir, "Kim Jong Un", 0)
    one = neighbourhood(store_dir, "Kim Jong Un", 1)
    two = neighbourhood(store_dir, "Kim Jong Un", 2)
    assert names(zero) == {"Kim Jong Un"}
    assert names(one) == {"Kim Jong Un", "North Korea", "استضاف", "أعرب عن دعمه", "نقل تحيات"}
    assert {"Alexei Krivoruchko", "Pyongyang", "Korean Central News Agency", "Russia", "Vladimir Putin"} <= names(two)
    assert "Ryazan" not in names(two) and "National Guard of Russia" not in names(two)
    # no edge leaves the neighbourhood: every edge's ends are described nodes
    data = view_data(one)
    assert all(data.nodes[e[1]]["t"] != "Entity" for e in data.edges)


def test_documents_come_without_their_text(store_dir):
    data = view_data(neighbourhood(store_dir, "Pyongyang", 1))
    assert [d[2] for d in data.docs] == ["CNN Arabic"]
    assert data.docs[0][1].startswith("كيم جونغ أون يستضيف")


def test_unknown_name_and_missing_store_are_store_errors(store_dir, tmp_path):
    with pytest.raises(StoreError, match="no entity named 'Nobody'"):
        neighbourhood(store_dir, "Nobody", 1)
    with pytest.raises(StoreError, match="no store at"):
        neighbourhood(tmp_path / "none", "Kim", 1)
    with pytest.raises(StoreError, match="--hops"):
        neighbourhood(store_dir, "Kim", -1)


def test_query_text_cannot_be_injected_through_the_name(store_dir):
    with pytest.raises(StoreError, match="no entity named"):
        neighbourhood(store_dir, '" } ; DELETE WHERE { ?s ?p ?o } #', 1)
    assert find_entities(open_store(store_dir), "Kim Jong Un")


def test_cli_store_view(store_dir, tmp_path):
    out = tmp_path / "kim.html"
    result = CliRunner().invoke(app, ["view", "--store", str(store_dir), "--around", "كيم جونغ أون",
                                      "--hops", "1", "-o", str(out), "--no-open"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert {n["ar"] for n in data["nodes"]} >= {"كيم جونغ أون", "كوريا الشمالية"}
    assert len(data["nodes"]) == 5


def test_name_normalisation_matches_the_page():
    assert normalise_name("أليكسي كريفوروتشكو") == normalise_name("اليكسي كريفوروتشكو")
    assert normalise_name("الولايات المتحدة") == "ولايات متحده"
    assert normalise_name("Kim Jong-Un") == "kim jong un"

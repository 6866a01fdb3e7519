"""kg.view.render writes one self-contained, safe HTML file."""
from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import ExportError
from kg.namespace import ID, KG
from kg.view import render
from kg.view.page import safe_json
from kg.view.synthetic import synthetic_graph

SEED = Path(__file__).parent / "fixtures" / "view" / "seed_graph.trig"
class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, attrs))


DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def payload(html: str) -> dict:
    blocks = DATA_RE.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def one_entity(label: str, lang: str = "ar") -> Graph:
    g = Graph()
    e = ID["person/p"]
    g.add((e, RDF.type, KG.Person))
    g.add((e, RDFS.label, Literal(label, lang=lang)))
    return g


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory) -> str:
    d = Dataset()
    d.parse(SEED, format="trig")
    out = render(d, tmp_path_factory.mktemp("view") / "seed.html", lang="ar")
    return out.read_text(encoding="utf-8")


def test_page_is_self_contained(seed_html):
    # no external resource of any kind: no src/href to a URL, no @import, no CDN
    tags = Tags()
    tags.feed(seed_html)
    assert [t for t, _ in tags.seen if t == "script"] == ["script"] * 3  # data, library, app
    assert not [(t, a) for t, a in tags.seen if {"src", "href"} & {k for k, _ in a}]
    assert not [t for t, _ in tags.seen if t in ("link", "iframe", "img", "object", "embed", "base")]
    assert "@import" not in seed_html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', seed_html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert csp.count("'sha256-") == 2


def test_page_holds_the_graph(seed_html):
    data = payload(seed_html)
    names = {n["en"] for n in data["nodes"]}
    assert {"Kim Jong Un", "Alexei Krivoruchko", "Vladimir Putin", "North Korea", "Russia", "Pyongyang"} <= names
    assert data["meta"]["renderer"] == "vis" and data["meta"]["reduced"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert '<html lang="ar" dir="rtl">' in seed_html


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=st.text(min_size=1, max_size=60))
def test_any_label_is_escaped_and_survives_exactly(tmp_path, label):
    out = render(one_entity(label), tmp_path / "p.html", title=label)
    html = out.read_text(encoding="utf-8")
    block = DATA_RE.search(html).group(1)
    assert not re.search("[<>&\u2028\u2029]", block)
    assert payload(html)["nodes"][0]["ar"] == label
    assert payload(html)["meta"]["title"] == label
    # the title element holds the escaped text, nothing else
    title = re.search(r"<title>(.*?)</title>", html, re.DOTALL).group(1)
    assert "<" not in title and ">" not in title


def test_placeholder_text_in_data_is_not_expanded(tmp_path):
    label = "{{DATA}} {{APP}} {{CSP}} {{TITLE}}"
    html = render(one_entity(label), tmp_path / "p.html", title="{{LIBJS}}").read_text(encoding="utf-8")
    assert payload(html)["nodes"][0]["ar"] == label
    assert "<title>{{LIBJS}}</title>" in html
    assert len(html) < 2_000_000  # the library was inlined once, not again for the placeholder


def test_safe_json_escapes_script_end_and_line_separators():
    text = safe_json({"s": "</script><!-- \u2028\u2029 & >"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text and "&" not in text
    assert json.loads(text) == {"s": "</script><!-- \u2028\u2029 & >"}


def test_write_is_atomic_and_replaces(tmp_path):
    out = tmp_path / "page.html"
    out.write_text("old")
    render(one_entity("أ"), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(os.listdir(tmp_path)) == ["page.html"]  # no temporary file left


def test_missing_folder_and_bad_options_raise_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        render(one_entity("x"), tmp_path / "no" / "p.html")
    with pytest.raises(ExportError, match="'ar' or 'en'"):
        render(one_entity("x"), tmp_path / "p.html", lang="fr")
    with pytest.raises(ExportError, match="max_nodes"):
        render(one_entity("x"), tmp_path / "p.html", max_nodes=0)


def test_big_graph_uses_webgl_and_reduction_is_stated(tmp_path):
    g = synthetic_graph(2400)
    data = payload(render(g, tmp_path / "big.html").read_text(encoding="utf-8"))
    assert data["meta"]["renderer"] == "sigma" and data["meta"]["reduced"] is False
    small = payload(render(g, tmp_path / "top.html", max_nodes=300).read_text(encoding="utf-8"))
    meta = small["meta"]
    assert (meta["reduced"], meta["drawn"], meta["total"]) == (True, 300, 2400)
    assert meta["renderer"] == "vis"
    drawn = [n for n in small["nodes"] if n.get("dr") != 0]
    hidden = [n for n in small["nodes"] if n.get("dr") == 0]
    assert len(drawn) == 300 and len(hidden) == 2100
    # the most connected nodes are the ones drawn
    assert min(n["deg"] for n in drawn) >= max(n["deg"] for n in hidden)
    # hidden nodes are still in the data (searchable), without a position
    assert all("x" not in n for n in hidden)

"""The page shows a machine romanisation on the English side, marked with "≈" (headless Chromium)."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Literal, Namespace
from rdflib.namespace import RDF, RDFS

from kg.namespace import ID
from kg.view import render
from kg.view.browser import browser, offline_page, unavailable_reason

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason())),
]
KGNS = Namespace("https://w3id.org/newskg/ontology#")


def test_romanization_is_shown_as_a_marked_guess(tmp_path) -> None:
    d = Dataset()
    g = d.graph(ID["graph/entities"])
    x, y = ID["person/x"], ID["person/y"]
    g.add((x, RDF.type, KGNS.Person))
    g.add((x, RDFS.label, Literal("حيدر العبادي", lang="ar")))
    g.add((x, KGNS.romanization, Literal("Haider al-Abadi", lang="ar-Latn")))
    g.add((y, RDF.type, KGNS.Person))
    g.add((y, RDFS.label, Literal("فلاديمير بوتين", lang="ar")))
    g.add((y, RDFS.label, Literal("Vladimir Putin", lang="en")))
    page = render(d, tmp_path / "p.html", lang="en")
    with browser() as b, offline_page(page, browser_=b) as s:
        s.wait_drawn()
        p = s.page
        i, j = (p.evaluate(f"kgView.indexOf({str(n)!r})") for n in (x, y))
        assert p.evaluate(f"kgView.drawnLabel({i})") == "\u2248 Haider al-Abadi"
        assert p.evaluate(f"kgView.drawnLabel({j})") == "Vladimir Putin"
        p.select_option("#lang", "ar")
        assert p.evaluate(f"kgView.drawnLabel({i})") == "حيدر العبادي"
        assert s.network_attempts() == [] and s.errors == []

"""Any label, in any script, reaches the page's text exactly and runs nothing (hypothesis,
in Chromium)."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.namespace import ID, KG
from kg.view import render
from kg.view.browser import browser, offline_page, unavailable_reason

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason())),
]

# Text as articles may hold it: any character but surrogates and NUL, often markup-like pieces.
MARKUP = st.sampled_from(["<", ">", "&", '"', "'", "</script>", "<!--", "{{DATA}}", "\u2028", "\u202e", "ال", "أ"])
LABELS = st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                                    max_size=8), MARKUP), min_size=1, max_size=6).map("".join).filter(str.strip)


def shown_title(text: str) -> str:
    """What document.title gives: no control characters, ASCII whitespace collapsed."""
    kept = "".join(c for c in text if c in "\t\n\r\f" or unicodedata.category(c) != "Cc")
    return re.sub("[ \t\n\f\r]+", " ", kept).strip(" \t\n\f\r")


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=LABELS, sentence=LABELS)
def test_label_and_sentence_show_exactly(chromium, tmp_path, label, sentence):
    g = Graph()
    e, ev = ID["person/p"], ID["event/e"]
    g.add((e, RDF.type, KG.Person))
    g.add((e, RDFS.label, Literal(label, lang="ar")))
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, RDF.type, KG.Consult))
    g.add((ev, KG.agent, e))
    g.add((ev, KG.sentence, Literal(sentence, lang="ar")))
    page = render(g, tmp_path / "p.html", title=label)
    with offline_page(page, browser_=chromium) as s:
        s.wait_drawn()
        p = s.page
        i = p.evaluate(f"kgView.indexOf({str(e)!r})")
        p.evaluate(f"kgView.select({i})")
        assert p.eval_on_selector("#panel-title", "e => e.textContent") == label
        assert p.eval_on_selector("#panel-body blockquote.sentence", "e => e.textContent") == sentence
        assert p.title() == shown_title(label)
        assert s.dialogs == [] and s.errors == [] and s.csp_violations() == []
        assert p.evaluate("document.querySelectorAll('script').length") == 3

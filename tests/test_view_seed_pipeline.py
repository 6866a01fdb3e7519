"""The page of the seed article as `kg build` makes it: Kim Jong Un and the hosting event are
found by search in Arabic and English, and his panel shows the source sentence."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.view.browser import offline_page, unavailable_reason

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason())),
]
SEED = Path(__file__).resolve().parent.parent / "examples" / "cnn_arabic_kim_krivoruchko.txt"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seedbuild")
    result = CliRunner().invoke(app, ["build", str(SEED), "-o", str(out), "-f", "trig", "-q"])
    assert result.exit_code == 0, result.output
    view = CliRunner().invoke(app, ["view", str(out / "graph.trig"), "--no-open", "--lang", "en"])
    assert view.exit_code == 0, view.output
    return out / "graph.html"


@pytest.mark.parametrize("query", ["كيم جونغ أون", "Kim Jong Un"])
def test_seed_page_finds_kim_and_shows_the_hosting_sentence(page, query):
    with offline_page(page) as s:
        s.wait_drawn()
        p = s.page
        p.fill("#search", query)
        p.locator("#results li button").first.click()
        assert p.locator("#panel-title").inner_text() == "Kim Jong Un"
        sentences = " ".join(p.locator("#panel-body blockquote.sentence").all_inner_texts())
        assert "استضاف في بيونغ يانغ" in sentences
        assert s.network_attempts() == [] and s.errors == [] and s.csp_violations() == []


@pytest.mark.parametrize(("query", "title"), [("كريفوروتشكو", "Alexei Krivoruchko"), ("Pyongyang", "Pyongyang"),
                                              ("بيونغ يانغ", "Pyongyang"), ("putin", "Vladimir Putin")])
def test_seed_page_finds_the_other_actors(page, query, title):
    with offline_page(page) as s:
        s.wait_drawn()
        p = s.page
        p.fill("#search", query)
        p.locator("#results li button").first.wait_for()
        # the actor is among the results (the pipeline may also find a partial name of it)
        p.locator("#results li button", has_text=title).first.click()
        assert p.locator("#panel-title").inner_text() == title

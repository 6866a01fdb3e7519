"""The seed graph's page in headless Chromium with the network cut: it draws, searches,
filters, and shows a node's source sentence on click."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Dataset

from kg.namespace import ID
from kg.view import render
from kg.view.browser import browser, offline_page, unavailable_reason

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason())),
]
SEED = Path(__file__).parent / "fixtures" / "view" / "seed_graph.trig"
KIM = str(ID["person/kim-jong-un"])


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    d = Dataset()
    d.parse(SEED, format="trig")
    folder = tmp_path_factory.mktemp("seedpage")
    return {lang: render(d, folder / f"seed-{lang}.html", lang=lang) for lang in ("ar", "en")}


@pytest.fixture
def page(chromium, pages):
    with offline_page(pages["ar"], browser_=chromium) as s:
        s.wait_drawn()
        yield s


def test_page_draws_offline(page):
    assert page.page.evaluate("kgView.firstDraw") > 0
    assert page.page.locator("#graph canvas").count() >= 1
    assert page.network_attempts() == [] and page.blocked == [] and page.failed == []
    assert page.errors == [] and page.csp_violations() == []
    assert page.page.evaluate("document.documentElement.dir") == "rtl"
    assert page.page.locator("#counts").inner_text().startswith("18 / 18")


@pytest.mark.parametrize("query", ["كيم جونغ أون", "كيم جونغ اون", "كِيمْ جونغ أون", "Kim Jong Un", "kim jong", "KIM"])
def test_search_finds_kim_and_jumps_to_him(page, query):
    p = page.page
    p.fill("#search", query)
    first = p.locator("#results li button").first
    first.wait_for()
    assert first.get_attribute("data-node") == str(p.evaluate(f"kgView.indexOf({KIM!r})"))
    first.click()
    assert p.locator("#panel").is_visible()
    assert p.locator("#panel-title").inner_text() == "كيم جونغ أون"
    assert "Kim Jong Un" in p.locator("#panel-body").inner_text()


def test_search_strips_the_article_and_finds_north_korea(page):
    p = page.page
    p.fill("#search", "الكوري الشمالي")
    p.locator("#results li button").first.wait_for()
    texts = p.locator("#results li button").all_inner_texts()
    assert any("كوريا الشمالية" in t for t in texts)


def test_type_filter_hides_nodes(page):
    p = page.page
    kim = p.evaluate(f"kgView.indexOf({KIM!r})")
    before = p.evaluate("kgView.visibleCount()")
    assert p.evaluate(f"kgView.isHidden({kim})") is False
    p.locator("#f-types input[data-value='Person']").uncheck()
    assert p.evaluate("kgView.visibleCount()") == before - 3
    assert p.evaluate(f"kgView.isHidden({kim})") is True
    p.locator("#f-types input[data-value='Person']").check()
    assert p.evaluate(f"kgView.isHidden({kim})") is False


def test_event_category_confidence_date_and_document_filters(page):
    p = page.page
    total = p.evaluate("kgView.visibleCount()")
    p.locator("#f-cats input[data-value='Consult']").uncheck()
    assert p.evaluate("kgView.visibleCount()") == total - 2
    p.locator("#f-cats input[data-value='Consult']").check()
    p.eval_on_selector("#f-conf", "e => { e.value = '0.55'; e.dispatchEvent(new Event('input')); }")
    assert p.evaluate("kgView.visibleCount()") == total - 3  # events at 0.3, 0.4, 0.5
    p.eval_on_selector("#f-conf", "e => { e.value = '0'; e.dispatchEvent(new Event('input')); }")
    p.fill("#f-from", "2024-07-12")
    p.dispatch_event("#f-from", "change")
    # left: the assault (12 July) and the accusation (no date of its own: its article's, 12 July)
    assert p.evaluate("kgView.visibleCount()") == total - 3
    p.fill("#f-from", "")
    p.dispatch_event("#f-from", "change")
    p.select_option("#f-doc", label=next(o for o in p.locator("#f-doc option").all_inner_texts() if "الحرس" in o))
    visible = p.evaluate("kgView.visibleCount()")
    assert visible == 5  # Ryazan, Moscow, Russia, National Guard, the assault event


def test_click_on_a_node_shows_its_sentence_and_highlights_neighbours(page):
    p = page.page
    ev = p.evaluate(f"kgView.indexOf({str(ID['event/consult-1'])!r})")
    pos = p.evaluate(f"kgView.screenPosition({ev})")
    box = p.locator("#graph").bounding_box()
    p.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    p.locator("#panel").wait_for(state="visible")
    body = p.locator("#panel-body")
    quote = body.locator("blockquote.sentence").first
    assert "استضاف في بيونغ يانغ وفدا رسميا من روسيا" in quote.inner_text()
    assert quote.get_attribute("dir") == "auto"
    assert "CNN Arabic" in body.inner_text()
    assert p.evaluate("kgView.state.selected") == ev
    neighbours = body.locator("ul button.link").all_inner_texts()
    assert set(neighbours) >= {"كيم جونغ أون", "أليكسي كريفوروتشكو", "بيونغ يانغ"}


def test_links_out_and_language_switch(chromium, pages):
    with offline_page(pages["en"], browser_=chromium) as s:
        s.wait_drawn()
        p = s.page
        assert p.evaluate("document.documentElement.dir") == "ltr"
        p.evaluate(f"kgView.select(kgView.indexOf({str(ID['country/KP'])!r}))")
        assert p.locator("#panel-title").inner_text() == "North Korea"
        hrefs = p.locator("#panel-body a").evaluate_all("as => as.map(a => a.href)")
        assert hrefs == ["http://www.wikidata.org/entity/Q423", "https://sws.geonames.org/1873107/"]
        assert all(a == "noopener noreferrer" for a in p.locator("#panel-body a").evaluate_all("as => as.map(a => a.rel)"))
        kp = p.evaluate(f"kgView.indexOf({str(ID['country/KP'])!r})")
        p.locator("#panel-close").click()
        assert p.evaluate(f"kgView.drawnLabel({kp})") == "North Korea"
        p.evaluate(f"kgView.select({kp})")
        p.select_option("#lang", "ar")
        assert p.locator("#panel-title").inner_text() == "كوريا الشمالية"
        assert p.evaluate("document.documentElement.dir") == "rtl"
        p.locator("#panel-close").click()
        assert p.evaluate(f"kgView.drawnLabel({kp})") == "كوريا الشمالية"
        assert s.network_attempts() == [] and s.errors == []


def test_page_search_normalises_like_python(page):
    from kg.view.names import normalise_name

    samples = ["الزعيم كيمُ جونغ- أون", "إسرائيل", "آسيا", "ٱلله", "مدرسة", "مستشفى", "Kim Jong-Un",
               "ـــكيم", "\u200fكيم\u200e", "ﻛﻴﻢ", "Élysée", "  Putin!  "]
    got = page.page.evaluate("xs => xs.map(kgView.norm)", samples)
    assert got == [normalise_name(x) for x in samples]


def test_hover_shows_a_tooltip_with_the_sentence(page):
    p = page.page
    ev = p.evaluate(f"kgView.indexOf({str(ID['event/consult-1'])!r})")
    pos = p.evaluate(f"kgView.screenPosition({ev})")
    box = p.locator("#graph").bounding_box()
    p.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    tip = p.locator("div.vis-tooltip")
    tip.wait_for(state="visible")
    assert "استضاف في بيونغ يانغ" in tip.inner_text()
    assert tip.locator("div[dir=auto]").count() >= 2


def test_an_empty_graph_says_so(chromium, tmp_path):
    from rdflib import Graph

    with offline_page(render(Graph(), tmp_path / "empty.html", lang="en"), browser_=chromium) as s:
        s.wait_drawn()
        assert s.page.locator("#notice").inner_text() == "The graph is empty: no entities or events were found."
        assert s.errors == []


def test_search_results_by_keyboard(page):
    p = page.page
    p.fill("#search", "روسيا")
    p.locator("#results li button").first.wait_for()
    p.press("#search", "ArrowDown")
    p.keyboard.press("Enter")
    assert p.locator("#panel-title").inner_text() == "روسيا"
    p.fill("#search", "بيونغ")
    p.locator("#results li button").first.wait_for()
    p.press("#search", "Enter")
    assert p.locator("#panel-title").inner_text() == "بيونغ يانغ"


def test_an_edge_shows_the_sentence_that_states_it(page):
    p = page.page
    j = p.evaluate("""(() => { const d = JSON.parse(document.getElementById('kg-data').textContent);
        return d.edges.findIndex(e => e[2] === 'leaderOf' && d.nodes[e[0]].en === 'Kim Jong Un'); })()""")
    p.evaluate(f"kgView.showEdge({j})")
    assert p.locator("#panel-title").inner_text() == "كيم جونغ أون → زعيم → كوريا الشمالية"
    assert "الزعيم الكوري الشمالي" in p.locator("#panel-body blockquote.sentence").inner_text()
    assert "0.8" in p.locator("#panel-body dl").inner_text()


def test_clicking_an_edge_on_the_canvas_opens_its_panel(page):
    p = page.page
    _, a, b = p.evaluate("""(() => { const d = JSON.parse(document.getElementById('kg-data').textContent);
        const j = d.edges.findIndex(e => e[2] === 'place' && d.nodes[e[1]].en === 'Pyongyang');
        return [j, d.edges[j][0], d.edges[j][1]]; })()""")
    pa, pb = p.evaluate(f"kgView.screenPosition({a})"), p.evaluate(f"kgView.screenPosition({b})")
    box = p.locator("#graph").bounding_box()
    p.mouse.click(box["x"] + (pa["x"] + pb["x"]) / 2, box["y"] + (pa["y"] + pb["y"]) / 2)
    p.locator("#panel").wait_for(state="visible")
    assert p.locator("#panel-title").inner_text().endswith("→ المكان → بيونغ يانغ")
    assert "استضاف في بيونغ يانغ" in p.locator("#panel-body blockquote.sentence").inner_text()


def test_a_link_to_a_node_opens_it(chromium, pages):
    with offline_page(pages["en"], browser_=chromium) as s:
        s.wait_drawn()
        p = s.page
        p.evaluate(f"kgView.select(kgView.indexOf({KIM!r}))")
        assert p.evaluate("location.hash") == "#node=" + quote(KIM, safe="")
        # following a link to another node while the page is open
        p.evaluate(f"location.hash = '#node=' + encodeURIComponent({str(ID['country/KP'])!r})")
        p.wait_for_function("document.getElementById('panel-title').textContent === 'North Korea'")
    # opening the page from a link
    with offline_page(pages["en"], browser_=chromium, fragment="#node=" + quote(KIM, safe="")) as s:
        s.wait_drawn()
        assert s.page.locator("#panel-title").inner_text() == "Kim Jong Un"
        assert s.network_attempts() == [] and s.errors == []

"""Big graphs: the WebGL renderer draws thousands of nodes offline; a reduced page says so
and still finds every node by search."""
from __future__ import annotations

import pytest

from kg.view import render
from kg.view.browser import browser, offline_page, unavailable_reason
from kg.view.synthetic import synthetic_graph

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason())),
]


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


@pytest.fixture(scope="module")
def graph():
    return synthetic_graph(5000)


def test_5000_nodes_draw_with_webgl_offline(chromium, graph, tmp_path):
    page = render(graph, tmp_path / "big.html", lang="en")
    with offline_page(page, browser_=chromium) as s:
        s.wait_drawn()
        p = s.page
        assert p.evaluate("kgView.renderer") == "sigma"
        assert p.evaluate("kgView.visibleCount()") == 5000
        assert s.network_attempts() == [] and s.errors == [] and s.csp_violations() == []
        # click the node farthest from any other (so the click is unambiguous): its panel opens
        lone = p.evaluate("""(() => { const ns = JSON.parse(document.getElementById('kg-data').textContent).nodes;
            let best = -1, far = -1;
            for (let i = 0; i < ns.length; i++) { let near = Infinity;
              for (let j = 0; j < ns.length; j++) if (j !== i) {
                const dx = ns[i].x - ns[j].x, dy = ns[i].y - ns[j].y, d = dx * dx + dy * dy; if (d < near) near = d; }
              if (near > far) { far = near; best = i; } }
            return best; })()""")
        pos = p.evaluate(f"kgView.screenPosition({lone})")
        box = p.locator("#graph").bounding_box()
        p.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        p.locator("#panel").wait_for(state="visible")
        assert p.evaluate("kgView.state.selected") == lone
        # the label language switch reaches the WebGL renderer
        names = p.evaluate(f"(() => {{ const n = JSON.parse(document.getElementById('kg-data').textContent).nodes[{lone}]; return [n.en, n.ar]; }})()")
        assert p.evaluate(f"kgView.drawnLabel({lone})") == names[0]
        p.select_option("#lang", "ar")
        p.wait_for_timeout(100)
        assert p.evaluate(f"kgView.drawnLabel({lone})") == names[1]
        # type filter reaches the WebGL renderer
        p.locator("#f-types input[data-value='Person']").uncheck()
        person = p.evaluate("""(() => JSON.parse(document.getElementById('kg-data').textContent)
            .nodes.findIndex(n => n.t === 'Person'))()""")
        assert p.evaluate(f"kgView.isHidden({person})") is True


def test_reduced_page_states_it_and_search_reaches_undrawn_nodes(chromium, graph, tmp_path):
    page = render(graph, tmp_path / "top.html", lang="en", max_nodes=400)
    with offline_page(page, browser_=chromium) as s:
        s.wait_drawn()
        p = s.page
        notice = p.locator("#notice")
        assert notice.is_visible()
        assert "400 of 5000" in notice.inner_text()
        undrawn = p.evaluate("""(() => JSON.parse(document.getElementById('kg-data').textContent)
            .nodes.findIndex(n => n.dr === 0 && n.k === 'e'))()""")
        label = p.evaluate(f"JSON.parse(document.getElementById('kg-data').textContent).nodes[{undrawn}].en")
        p.fill("#search", label)
        p.locator(f"#results button[data-node='{undrawn}']").click()
        assert p.locator("#panel-title").inner_text() == label
        assert "not drawn in the reduced view" in p.locator("#panel-body").inner_text()
        p.select_option("#lang", "ar")
        assert "400" in notice.inner_text() and "5000" in notice.inner_text()

"""Take the README's screenshots of the seed graph's page (docs/screenshot-ar.png, -en.png).

    python benchmarks/view_screenshots.py                       # from the hand-made fixture
    python benchmarks/view_screenshots.py output/graph.trig      # from a graph kg built

Headless Chromium, network blocked; Kim Jong Un is selected so the side panel shows
his labels, links and source sentences.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.cli.view import load_graph
from kg.view import render
from kg.view.browser import browser, offline_page

FIXTURE = ROOT / "tests" / "fixtures" / "view" / "seed_graph.trig"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path, nargs="?", default=FIXTURE)
    ap.add_argument("--select", default="Kim Jong Un", help="English label of the node to select")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    graph = load_graph(args.graph)
    folder = Path(tempfile.mkdtemp(prefix="kg-shots-"))
    args.out.mkdir(exist_ok=True)
    with browser() as chromium:
        for lang in ("ar", "en"):
            page = render(graph, folder / f"seed-{lang}.html", lang=lang)
            with offline_page(page, browser_=chromium, viewport=(1400, 820)) as s:
                s.wait_drawn()
                p = s.page
                i = p.evaluate(f"""(() => JSON.parse(document.getElementById('kg-data').textContent)
                    .nodes.findIndex(n => n.en === {args.select!r}))()""")
                if i >= 0:
                    p.evaluate(f"kgView.select({i}, false)")
                p.wait_for_timeout(600)
                target = args.out / f"screenshot-{lang}.png"
                p.screenshot(path=str(target))
                assert not s.network_attempts(), s.network_attempts()
                print(target)


if __name__ == "__main__":
    main()

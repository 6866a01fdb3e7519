"""What pyvis 0.3.2's own page does with the same graph, for comparison with kg's page.

    python benchmarks/view_pyvis_compare.py --nodes 200

Builds pyvis's page (``cdn_resources="in_line"``, default physics, labels and hover text from
the same synthetic graph) and kg's page, opens both in headless Chromium with the network
blocked, and reports the requests each page attempted and its first draw (first
``afterDrawing`` of the vis Network, caught by wrapping ``vis.Network`` before the page runs).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.view import render
from kg.view.browser import browser, offline_page
from kg.view.data import view_data
from kg.view.synthetic import synthetic_graph

# Wrap vis.Network as soon as the library defines window.vis, to time pyvis's first draw.
_HOOK = """
(() => { let v;
  const wrap = (N) => { const W = function (...a) { const n = new N(...a);
      n.once('afterDrawing', () => { window.__kgFirstDraw = performance.now(); }); return n; };
    W.prototype = N.prototype; return W; };
  Object.defineProperty(window, 'vis', { configurable: true, get() { return v; }, set(x) {
    v = x;
    // vis-network's bundle sets window.vis = {} first and assigns vis.Network = ... later
    let net;
    Object.defineProperty(x, 'Network', { configurable: true, enumerable: true,
      get() { return net; }, set(N) { net = wrap(N); } });
  } });
})();
"""


def pyvis_page(n: int, out: Path) -> Path:
    from pyvis.network import Network

    data = view_data(synthetic_graph(n))
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for i, node in enumerate(data.nodes):
        sent = data.sentences[node["s"][0]][0] if node.get("s") else ""
        net.add_node(i, label=node["en"] or node["ar"], title=sent, shape="diamond" if node["k"] == "v" else "dot")
    for e in data.edges:
        net.add_edge(e[0], e[1], title=e[2])
    net.write_html(str(out))
    return out


def first_draw(page: Path, chromium, pyvis: bool, timeout_s: float) -> tuple[float | None, list[str]]:
    with offline_page(page, browser_=chromium) as s:
        p = s.page
        if pyvis:
            p.add_init_script(_HOOK)
            p.reload()
        end = time.perf_counter() + timeout_s
        key = "window.__kgFirstDraw" if pyvis else "kgView && kgView.firstDraw"
        while time.perf_counter() < end:
            value = p.evaluate(f"(() => {{ try {{ return {key}; }} catch (e) {{ return null; }} }})()")
            if value:
                return float(value) / 1000, s.network_attempts()
            p.wait_for_timeout(100)
        return None, s.network_attempts()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-pyvis-"))
    pages = {"pyvis 0.3.2": pyvis_page(args.nodes, folder / "pyvis.html"),
             "kg view": render(synthetic_graph(args.nodes), folder / "kg.html", lang="en")}
    print(f"| page ({args.nodes} nodes) | first draw (s), median of {args.repeats} | requests attempted |")
    print("|---|---:|---|")
    with browser() as chromium:
        for name, page in pages.items():
            draws, reqs = [], []
            for _ in range(args.repeats):
                d, r = first_draw(page, chromium, name.startswith("pyvis"), args.timeout)
                draws.append(d if d is not None else float("inf"))
                reqs = sorted(set(r))
            med = statistics.median(draws)
            shown = f"{med:.2f}" if med != float("inf") else f"> {args.timeout:.0f}"
            print(f"| {name} | {shown} | {len(reqs)}: {', '.join(reqs) or '-'} |", flush=True)


if __name__ == "__main__":
    main()

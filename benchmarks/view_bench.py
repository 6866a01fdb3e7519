"""Benchmark the browser view: page build in Python and first draw / zoom in headless Chromium.

    python benchmarks/view_bench.py                      # 200, 5,000, 20,000, 50,000 nodes
    python benchmarks/view_bench.py --sizes 200 5000 --repeats 5

For each size it makes a synthetic graph in kg's RDF shape (kg.view.synthetic), then

* build: seconds for ``kg.view.render`` (reading the RDF, layout, JSON, writing), median,
  wall-clock and CPU time of this single-threaded process (a proxy for an idle machine);
* first draw: milliseconds from navigation start to the first frame drawn (``kgView.firstDraw``),
  in a fresh page each time, network blocked, median;
* zoom (5,000 nodes only by default): the longest gap between animation frames while the
  mouse wheel zooms in and out for about three seconds, i.e. the longest freeze.

Numbers go to stdout as a table and, with --json, to a file.  Targets (issue 7): first draw
200 <= 1 s, 5,000 <= 2.5 s, 20,000 <= 3 s; no freeze over 2 s zooming at 5,000; build of
20,000 <= 5 s.
"""
from __future__ import annotations

import argparse
import json
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

_FRAME_WATCH = """() => { window.__gaps = []; let last = performance.now();
  function tick(t) { window.__gaps.push(t - last); last = t; if (window.__watching) requestAnimationFrame(tick); }
  window.__watching = true; requestAnimationFrame(tick); }"""


def build_times(graph, out: Path, repeats: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each build (CPU time shows the cost when the
    machine is shared: the build is single-threaded)."""
    wall, cpu = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        render(graph, out, lang="en")
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return wall, cpu


def first_draws(page: Path, repeats: int, chromium) -> tuple[list[float], str, int]:
    draws = []
    renderer, attempts = "", 0
    for _ in range(repeats):
        with offline_page(page, browser_=chromium) as s:
            s.wait_drawn(timeout_ms=120_000)
            draws.append(float(s.page.evaluate("kgView.firstDraw")))
            renderer = s.page.evaluate("kgView.renderer")
            attempts += len(s.network_attempts())
    return draws, renderer, attempts


def zoom_freeze(page: Path, chromium, seconds: float = 3.0) -> float:
    with offline_page(page, browser_=chromium) as s:
        s.wait_drawn(timeout_ms=120_000)
        p = s.page
        box = p.locator("#graph").bounding_box()
        p.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        p.evaluate(_FRAME_WATCH)
        end = time.perf_counter() + seconds
        step = 0
        while time.perf_counter() < end:
            p.mouse.wheel(0, -120 if (step // 10) % 2 == 0 else 120)
            p.wait_for_timeout(30)
            step += 1
        p.wait_for_timeout(300)
        p.evaluate("window.__watching = false")
        gaps = p.evaluate("window.__gaps")
        return max(gaps) / 1000.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 5000, 20000, 50000])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--zoom-at", type=int, nargs="*", default=[5000])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rows = []
    folder = Path(tempfile.mkdtemp(prefix="kg-view-bench-"))
    with browser() as chromium:
        for n in args.sizes:
            t = time.perf_counter()
            graph = synthetic_graph(n)
            gen = time.perf_counter() - t
            page = folder / f"view-{n}.html"
            builds, cpus = build_times(graph, page, args.repeats)
            draws, renderer, attempts = first_draws(page, args.repeats, chromium)
            row = {
                "nodes": n, "edges": len(view_data(graph).edges), "triples": len(graph),
                "generate_s": round(gen, 2),
                "build_s_median": round(statistics.median(builds), 2), "builds_s": [round(b, 2) for b in builds],
                "build_cpu_s_median": round(statistics.median(cpus), 2),
                "first_draw_s_median": round(statistics.median(draws) / 1000, 2),
                "first_draws_s": [round(d / 1000, 2) for d in draws],
                "renderer": renderer, "page_mb": round(page.stat().st_size / 1e6, 1),
                "network_requests": attempts,
            }
            if n in args.zoom_at:
                row["zoom_longest_freeze_s"] = round(zoom_freeze(page, chromium), 3)
            rows.append(row)
            print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    print("\n| nodes | edges | triples | renderer | build wall (s) | build CPU (s) | first draw (s) | zoom freeze (s) | page MB | requests |")
    print("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['nodes']:,} | {r['edges']:,} | {r['triples']:,} | {r['renderer']} | {r['build_s_median']} | "
              f"{r['build_cpu_s_median']} | "
              f"{r['first_draw_s_median']} | {r.get('zoom_longest_freeze_s', '')} | {r['page_mb']} | "
              f"{r['network_requests']} |")


if __name__ == "__main__":
    main()

"""How much time the events step adds to processing a corpus.

    python benchmarks/events_speed.py [--shared /work/shared/data] [--n 300] [--ner none|crf]

Runs kg's pipeline on the first N articles of the ANT Arabic news sample and the
BBC English set, once without the ``events`` step and once with it, and prints
the time of each and the ratio (the issue's budget: events add at most half
again, ratio <= 1.5): first the processing steps alone, then the whole
``kg.pipeline.build`` (reading, processing and the RDF dataset; the builds without and with
events alternate, after one untimed build of each).  Timings are CPU time of this process (the
machine is shared, wall-clock is noisy), best of 2 runs.
Last, the events step alone (``kg.events.extract`` on documents the other steps
already processed), which does not move when the NER step changes.

``--builds R`` times only ``kg build``: R rounds, each a build without and a build with events in
one process (the order swapped every round, caches warmed by one untimed build of each), and
prints each tree's best, the ratio of the bests, the median of the rounds' ratios and, of the
builds with events, the CPU time inside the events step and what the rest of the build added
(the events' RDF, their cross-report keys): the steadier reading of the issue's budget.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.model import Document  # noqa: E402


def load(path: Path, n: int, lang: str) -> list[Document]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            docs.append(Document(id=str(r["id"]), text=r["text"], lang=lang))
            if len(docs) >= n:
                break
    return docs


def run(docs: list[Document], steps: tuple[str, ...], ner: str) -> tuple[float, int]:
    from kg.pipeline import process

    best = float("inf")
    events = 0
    for _ in range(2):
        fresh = [Document(id=d.id, text=d.text, lang=d.lang) for d in docs]
        t0 = time.process_time()
        events = 0
        for d in fresh:
            out = process(d, steps=steps, ner=ner)
            events += len(out.events) + len(out.relations)
        best = min(best, time.process_time() - t0)
    return best, events


def run_events_only(docs: list[Document], ner: str, runs: int = 2, warm: bool = False) -> float:
    """CPU seconds of the events step alone, best of ``runs``, on documents the other steps processed.

    With ``warm`` each article's tokens are in the tokeniser's cache before its events step is
    timed, as the NER step leaves them in the pipeline (and one untimed run goes first)."""
    import copy

    from kg.events import extract
    from kg.pipeline import process
    from kg.text.tokenize import token_keys, tokenize

    ready = [process(Document(id=d.id, text=d.text, lang=d.lang), steps=("sentences", "mentions", "resolve"), ner=ner) for d in docs]
    if warm:
        for d in copy.deepcopy(ready):
            extract(d)
    best = float("inf")
    for _ in range(runs):
        fresh = copy.deepcopy(ready)
        spent = 0.0
        t0 = time.process_time()
        for d in fresh:
            if warm:
                tokenize(d.text)
                if d.lang == "ar":
                    token_keys(d.text)
                t0 = time.process_time()
            extract(d)
            if warm:
                spent += time.process_time() - t0
        best = min(best, spent if warm else time.process_time() - t0)
    return best


def run_builds(path: Path, n: int, lang: str, ner: str, rounds: int) -> dict[str, list[float]]:
    """CPU seconds of ``rounds`` pairs of kg.pipeline.build on the first n articles, without and
    with events, alternating (without first in odd rounds, with first in even ones), after one
    untimed build of each; with events, also the CPU time spent inside the events step."""
    import tempfile

    import kg.pipeline as pipeline

    saved = pipeline.STEPS["events"]
    inside = [0.0]

    def timed(d: Document) -> Document:
        t0 = time.process_time()
        try:
            return saved(d)
        finally:
            inside[0] += time.process_time() - t0

    out: dict[str, list[float]] = {"without": [], "with": [], "step": []}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"sample.{lang}.jsonl"
        with open(path, encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as dst:
            for i, line in enumerate(fh):
                if i >= n:
                    break
                dst.write(line)
        try:
            for r in range(-1, rounds):
                for events in ((False, True) if r % 2 else (True, False)):
                    pipeline.STEPS["events"] = timed if events else (lambda d: d)
                    inside[0] = 0.0
                    t0 = time.process_time()
                    pipeline.build([src], lang=lang, ner=ner)
                    spent = time.process_time() - t0
                    if r >= 0:
                        out["with" if events else "without"].append(spent)
                        if events:
                            out["step"].append(inside[0])
        finally:
            pipeline.STEPS["events"] = saved
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--ner", default="none")
    ap.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    ap.add_argument(
        "--parse", choices=("fallback", "first", "only", "off", "fill", "check", "check+fill"), default=None,
        help="how English roles use the dependency parse (kg.events.roles.PARSE_MODE; default: kg's)",
    )
    ap.add_argument(
        "--alone", type=int, default=0, metavar="R",
        help="time only the events step alone, best of R runs, the tokeniser's cache warm as in the "
        "pipeline (steadier than the ratios on a loaded machine)",
    )
    ap.add_argument(
        "--builds", type=int, default=0, metavar="R",
        help="time only kg build, R rounds of one build without and one with events, alternating",
    )
    args = ap.parse_args(argv)
    if args.parse is not None:
        import kg.events.roles

        kg.events.roles.PARSE_MODE = args.parse
    sets = [
        ("ar", args.shared / "ant_arabic_news" / "ant_multisource_sample.jsonl"),
        ("en", args.shared / "bbc_news_en" / "bbc_news_2225.jsonl"),
    ]
    sets = [s for s in sets if args.lang in ("both", s[0])]
    # warm up: load lexicons, POS models, gazetteers once
    from kg.pipeline import process

    for lang, _ in sets:
        process(
            Document(
                id="w", text="Russia attacked Ukraine." if lang == "en" else "قصفت روسيا أوكرانيا.", lang=lang
            ),
            ner=args.ner,
        )
    if args.builds:
        import statistics

        print("| corpus | docs | build without events (CPU s, best) | with events (best) | ratio of bests "
              "| median ratio (rounds) | events step inside (best) | rest of the events' cost |")
        print("|---|---|---|---|---|---|---|---|")
        for lang, path in sets:
            got = run_builds(path, args.n, lang, args.ner, args.builds)
            wo, w, step = min(got["without"]), min(got["with"]), min(got["step"])
            ratios = [b / a for a, b in zip(got["without"], got["with"], strict=True)]
            rounds = ", ".join(f"{x:.2f}" for x in ratios)
            print(f"| {path.parent.name} ({lang}) | {args.n} | {wo:.3f} | {w:.3f} | {w / wo:.3f} | "
                  f"{statistics.median(ratios):.3f} ({rounds}) | {step:.3f} | {w - wo - step:+.3f} |")
        return 0
    if args.alone:
        print("| corpus | docs | events step, tokens cached (CPU s) | per 1,000 chars (ms) |")
        print("|---|---|---|---|")
        for lang, path in sets:
            docs = load(path, args.n, lang)
            alone = run_events_only(docs, args.ner, runs=args.alone, warm=True)
            chars = sum(len(d.text) for d in docs)
            print(f"| {path.parent.name} ({lang}) | {len(docs)} | {alone:.3f} | {1e6 * alone / chars:.2f} |")
        return 0
    print("| corpus | docs | chars | without events (s) | with events (s) | ratio | events+relations |")
    print("|---|---|---|---|---|---|---|")
    for lang, path in sets:
        docs = load(path, args.n, lang)
        chars = sum(len(d.text) for d in docs)
        base, _ = run(docs, ("sentences", "mentions", "resolve"), args.ner)
        full, n_ev = run(docs, ("sentences", "mentions", "resolve", "events"), args.ner)
        print(
            f"| {path.parent.name} ({lang}) | {len(docs)} | {chars} | {base:.2f} | {full:.2f} | {full / base:.2f} | {n_ev} |"
        )
    print("\nThe events step alone (kg.events.extract after the other steps):\n")
    print("| corpus | docs | events step (CPU s) | per 1,000 chars (ms) |")
    print("|---|---|---|---|")
    for lang, path in sets:
        docs = load(path, args.n, lang)
        alone = run_events_only(docs, args.ner)
        chars = sum(len(d.text) for d in docs)
        print(f"| {path.parent.name} ({lang}) | {len(docs)} | {alone:.2f} | {1e6 * alone / chars:.2f} |")
    print("\n`kg build` (kg.pipeline.build: read, process, RDF dataset):\n")
    print("| corpus | docs | build without events (s) | build with events (s) | ratio |")
    print("|---|---|---|---|---|")
    for lang, path in sets:
        # alternating, after one untimed build of each (timing the two without events, then the
        # two with, let a change of the machine's load between the halves move the ratio)
        got = run_builds(path, args.n, lang, args.ner, 2)
        without, with_ev = min(got["without"]), min(got["with"])
        print(
            f"| {path.parent.name} ({lang}) | {args.n} | {without:.2f} | {with_ev:.2f} | {with_ev / without:.2f} |"
        )
    print(f"\n(ner={args.ner})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

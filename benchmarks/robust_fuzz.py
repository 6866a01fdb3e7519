"""Fuzz the whole path (ingest -> extract -> graph -> export -> parse back) at scale.

Runs the harness of ``tests/test_robust_pipeline_fuzz.py`` for many hypothesis
cases: arbitrary Unicode text (names, page markers, bidi and zero-width marks,
hostile strings among random characters) written as .txt, .jsonl, .jsonl.gz,
.json, .html or extension-less files in several encodings, plus arbitrary bytes.
A failure is any exception other than kg's own errors at ingest, any kg error
after ingest accepted the input, a mention off its span, or an output (Turtle,
JSON-LD, TriG) that does not parse back with every document text intact.

    nice -n 10 python benchmarks/robust_fuzz.py --cases 10000 [--seed 1] [--ner crf] [--lang ar]
    nice -n 10 python benchmarks/robust_fuzz.py --splitter 20000   # the page splitter alone

Prints a summary (and the first failures) and exits 1 if any case failed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="total cases (text and bytes)")
    parser.add_argument("--bytes-share", type=float, default=0.2, help="share of cases that are raw bytes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ner", choices=["auto", "crf", "none"], default="auto",
                        help="mention extractor (auto: crf when kg's models load)")
    parser.add_argument("--lang", help="force every document's language (e.g. ar, to run the Arabic model on all)")
    parser.add_argument("--splitter", type=int, metavar="N",
                        help="instead: run the page splitter's property test for N cases")
    args = parser.parse_args(argv)

    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    import test_robust_pipeline_fuzz as harness  # tests/ holds the harness
    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    if args.splitter:
        import test_robust_ingest_fuzz as ingest_fuzz

        body = ingest_fuzz.test_robust_ingest_fuzz_split_parts_are_ordered_slices.hypothesis.inner_test
        seps = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n"])
        run = settings(max_examples=args.splitter, deadline=None, database=None)(
            given(ingest_fuzz.LINES, seps, st.booleans())(body)
        )
        seed(args.seed)(run)()
        print(f"splitter property: {args.splitter} cases, 0 failures (seed {args.seed})")
        return 0

    tally = harness.Tally()
    ner = None if args.ner == "auto" else args.ner
    work = Path(tempfile.mkdtemp(prefix="kg-robust-fuzz-"))
    n_bytes = int(args.cases * args.bytes_share)
    n_text = args.cases - n_bytes
    common: dict[str, Any] = {
        "deadline": None, "database": None, "suppress_health_check": list(HealthCheck), "print_blob": True,
    }

    @seed(args.seed)
    @settings(max_examples=n_text, **common)
    @given(harness.TEXT, harness.SUFFIX, harness.ENCODING, st.booleans())
    def text_cases(text: str, suffix: str, encoding: str, split: bool) -> None:
        harness.run_case(harness.encode(text, suffix, encoding), suffix, work, tally, split=split, ner=ner,
                         lang=args.lang)

    @seed(args.seed)
    @settings(max_examples=n_bytes, **common)
    @given(st.binary(max_size=2000), harness.SUFFIX)
    def byte_cases(data: bytes, suffix: str) -> None:
        harness.run_case(data, suffix, work, tally, ner=ner, lang=args.lang)

    start = time.perf_counter()
    text_cases()
    byte_cases()
    seconds = time.perf_counter() - start
    print(f"ner backend:      {ner or harness.ner_backend()}; language {args.lang or 'detected'}")
    print(f"cases run:        {tally.cases} ({n_text} text, {n_bytes} bytes requested; seed {args.seed})")
    print(f"built + exported: {tally.built} (documents {tally.documents}, triples parsed back {tally.triples})")
    print(f"refused at ingest with a kg error: {sum(tally.refused.values())} {dict(tally.refused)}")
    print(f"failures:         {len(tally.failures)}")
    print(f"time:             {seconds:.0f} s")
    for failure in tally.failures[:10]:
        print("FAIL", failure)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

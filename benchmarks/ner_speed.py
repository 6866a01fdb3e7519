"""NER speed: model load time and tagging throughput (features + CRF) on one core.

    python benchmarks/ner_speed.py --lang ar [--data ../shared/data]

Tags the language's test file (ANERcorp test / CoNLL testb) sentence by sentence
with ``Tagger.tag`` (labels and marginals), after one warm-up pass over 200
sentences, so the figure is steady-state throughput with a warm word cache.
"""
from __future__ import annotations

import argparse
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ar", "en"), required=True)
    parser.add_argument("--data", default=None)
    parser.add_argument("--cold", action="store_true", help="skip the warm-up pass")
    args = parser.parse_args()

    from kg.ner import conll, data
    from kg.ner.tagger import Tagger

    t0 = time.perf_counter()
    tagger = Tagger(args.lang)
    load_s = time.perf_counter() - t0
    d = data.find_data_dir(args.data)
    sents = [t for t, _ in conll.read_conll(data.data_file(d, args.lang, "test"))]
    if not args.cold:
        for tokens in sents[:200]:
            tagger.tag(tokens)
    n = sum(map(len, sents))
    t0 = time.perf_counter()
    for tokens in sents:
        tagger.tag(tokens)
    secs = time.perf_counter() - t0
    print(f"{args.lang}: load {load_s:.2f} s; tagged {n:,} tokens in {secs:.2f} s = {n / secs:,.0f} tokens/s")


if __name__ == "__main__":
    main()

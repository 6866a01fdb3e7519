"""NER speed: model load time and tagging throughput (features + CRF) on one core.

    PYTHONPATH=. python benchmarks/ner_speed.py --lang ar [--data ../shared/data] [--docs 300]

Tags the language's test file (ANERcorp test / CoNLL testb) sentence by sentence
with ``Tagger.tag`` (labels and marginals), after one warm-up pass over 200
sentences, so the figure is steady-state throughput with a warm word cache.  CPU time
(one thread) is reported next to wall time because the machine may be shared.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ar", "en"), required=True)
    parser.add_argument("--data", default=None)
    parser.add_argument("--cold", action="store_true", help="skip the warm-up pass")
    parser.add_argument("--models", default=None, help="model directory (default: the shipped one)")
    parser.add_argument("--docs", type=int, default=300,
                        help="also time kg.ner.extract on this many news articles (0: skip)")
    args = parser.parse_args()

    from kg.ner import conll, data
    from kg.ner.tagger import MODELS_DIR, Tagger

    t0 = time.perf_counter()
    tagger = Tagger(args.lang, Path(args.models) if args.models else MODELS_DIR)
    load_s = time.perf_counter() - t0
    d = data.find_data_dir(args.data)
    sents = [t for t, _ in conll.read_conll(data.data_file(d, args.lang, "test"))]
    if not args.cold:
        for tokens in sents[:200]:
            tagger.tag(tokens)
    n = sum(map(len, sents))
    t0, c0 = time.perf_counter(), time.process_time()
    for tokens in sents:
        tagger.tag(tokens)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"{args.lang}: load {load_s:.2f} s; tagged {n:,} tokens in {secs:.2f} s wall "
        f"({n / secs:,.0f} tokens/s), {cpu:.2f} s CPU ({n / cpu:,.0f} tokens per CPU-second)"
    )
    if args.docs:
        import kg.ner

        kg.ner._CACHE[args.lang] = tagger  # extract() uses the tagger timed above
        from kg.model import Document
        from kg.ner.tokenize import tokenize

        news = d / ("ant_arabic_news/ant_multisource_sample.jsonl" if args.lang == "ar"
                    else "bbc_news_en/bbc_news_2225.jsonl")
        docs = [Document(id=str(i), text=t, lang=args.lang)
                for i, t in enumerate(data.iter_articles(news, limit=args.docs))]
        n = sum(len(tokenize(doc.text)) for doc in docs)
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(kg.ner.extract(doc)) for doc in docs)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"{args.lang}: kg.ner.extract on {len(docs)} articles ({n:,} tokens, {found:,} mentions): "
            f"{secs:.2f} s wall ({n / secs:,.0f} tokens/s), {cpu:.2f} s CPU ({n / cpu:,.0f} tokens per CPU-second)"
        )


if __name__ == "__main__":
    main()

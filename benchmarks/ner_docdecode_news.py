"""Mentions ``kg.ner.extract`` adds and drops on news articles when the document-level decoding
of :func:`kg.ner.context.decode_document` is switched on, for reading by hand.

    PYTHONPATH=. python benchmarks/ner_docdecode_news.py '{"split": true, "threshold": 0.9, "partial": true}' \\
        ARTICLES.jsonl [BASE_OPTIONS] > changes.txt

The shipped Arabic tagger runs twice over the same articles (one JSON object a line with
``id`` and ``text``): first with neither rule (sentence Viterbi and type harmonisation), then
with the options given (``split``: ``split_conjoined``; ``titles``: the options of
:func:`kg.ner.context.quoted_titles`; ``trim``: :func:`kg.ner.context.trim_person_edges`; the rest: ``propagate``).  With a third
argument (options in the same form), that setting is the baseline instead of neither rule.  Prints the
mention counts, then one line per added (``ADD``) or dropped (``DROP``) mention with its type,
score and context.
"""
from __future__ import annotations

import json
import sys


def main() -> None:
    import kg.ner
    from kg.model import Document
    from kg.ner.tagger import Tagger

    opts = json.loads(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    tagger = Tagger("ar")
    kg.ner._CACHE["ar"] = tagger

    def run(options: dict | None) -> list[dict]:
        p = dict(options or {})
        tagger.split_conjoined = bool(p.pop("split", False))
        tagger.titles = p.pop("titles", None)
        tagger.trim = bool(p.pop("trim", False))
        tagger.propagate = p or None
        return [{(m.start, m.end, m.label): m for m in kg.ner.extract(Document(id=d["id"], text=d["text"], lang="ar"))}
                for d in docs]

    base = json.loads(sys.argv[3]) if len(sys.argv) > 3 else None
    before, after = run(base), run(opts)
    print(f"mentions before {sum(map(len, before))}, after {sum(map(len, after))}")
    for d, x, y in zip(docs, before, after):
        t = d["text"]
        for tag, found, keys in (("ADD", y, set(y) - set(x)), ("DROP", x, set(x) - set(y))):
            for s, e, lab in sorted(keys):
                ctx = f"{t[max(0, s - 40):s]}⟦{t[s:e]}⟧{t[e:e + 30]}".replace("\n", " ")
                print(f"{tag} {lab} {found[s, e, lab].score:.2f} [{t[s:e]}] ::: {ctx}   ({d['id']})")


if __name__ == "__main__":
    main()

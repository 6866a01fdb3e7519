"""What one of the sixth session's resolution / relation rules changes, on articles read from JSONL.

Runs the whole pipeline over the articles twice, once with the rule switched off (by
replacing it with a no-op in this process) and once as shipped, and prints the entity keys
(or kg:country relations) each article graph gained and lost:

    PYTHONPATH=. python benchmarks/resolve_toggles.py li-al ar ant100.jsonl snn200.jsonl
    PYTHONPATH=. python benchmarks/resolve_toggles.py amount ar ant100.jsonl snn200.jsonl
    PYTHONPATH=. python benchmarks/resolve_toggles.py regions ar ant100.jsonl snn200.jsonl
    PYTHONPATH=. python benchmarks/resolve_toggles.py country ar ant100.jsonl snn200.jsonl

(rules: li-al = kg.extract.merge._glued_to, amount = kg.resolve.nameness.amount, regions = the
listed regions of kg.resolve.known and kg.resolve.document._listed_regions, country = the
kg:country object / region checks of kg.events.relations).
"""
from __future__ import annotations

import collections
import json
import sys
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import unquote

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from kg import pipeline  # noqa: E402
from kg.model import Document  # noqa: E402


@contextmanager
def off(rule: str) -> Iterator[None]:
    import kg.events.relations as R
    import kg.extract.merge as M
    import kg.resolve.document as D
    import kg.resolve.known as K
    import kg.resolve.nameness as N

    lookup = K.lookup
    patches: list[tuple[Any, str, Callable[..., Any]]] = {
        "li-al": [(M, "_glued_to", lambda w, g: False)],
        "amount": [(N, "amount", lambda t, m: False)],
        "regions": [(D, "_listed_regions", lambda doc: None),
                    (K, "lookup", lambda n, t: None if t == "Location" else lookup(n, t))],
        "country": [(R, "_is_country", lambda k: True), (R, "_listed_region", lambda k: False)],
    }[rule]
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in patches]
    try:
        for mod, name, fn in patches:
            setattr(mod, name, fn)
        yield
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)


def facts(doc: Document, rule: str) -> set[str]:
    if rule == "country":
        return {f"{unquote(r.subject)} country {unquote(str(r.object))}" for r in doc.relations if r.predicate == "country"}
    return {unquote(e.key) for e in doc.entities.values()}


def main() -> None:
    rule, lang, *paths = sys.argv[1:]
    docs = [json.loads(ln) for p in paths for ln in open(p, encoding="utf-8") if ln.strip()]

    def run() -> list[set[str]]:
        return [facts(pipeline.process(Document(id=str(d.get("id")), text=d["text"], lang=lang)), rule) for d in docs]

    with off(rule):
        before = run()
    after = run()
    gained: collections.Counter[str] = collections.Counter()
    lost: collections.Counter[str] = collections.Counter()
    for b, a in zip(before, after):
        gained.update(a - b)
        lost.update(b - a)
    print(f"{rule}: {len(docs)} articles; occurrences before {sum(map(len, before))}, after {sum(map(len, after))}")
    print("gained", gained.most_common(40))
    print("lost", lost.most_common(40))


if __name__ == "__main__":
    main()

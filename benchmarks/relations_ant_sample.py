"""Draw the ANT articles of the sixth session's review of Arabic relations from verbs.

    python benchmarks/relations_ant_sample.py /tmp/rel_s6
    kg build /tmp/rel_s6/ant40.jsonl -o /tmp/rel_s6/out40 -f ttl -q
    kg query /tmp/rel_s6/out40/graph.ttl --named relations -f tsv

An article is drawn when one of its words (normalised, a leading و / ف / ب / ل dropped) is an
appointment, election or joining verb form (عُيّن, تعيين, انتُخب, اختير, انضم, انضمام ...). The
articles that qualify are shuffled with ``random.Random(6)``: the first 40 were read while writing
the rules, the next 20 only after (``ant20_heldout.jsonl``). The script prints the ids and the
offsets of the verb forms; the texts are written outside the repository (no open licence).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from kg.text.arabic import normalize
from kg.text.tokenize import tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant_arabic_news" / "ant_multisource_sample.jsonl"
FIELDS = ("id", "title", "text", "date", "url", "source")
FORMS = frozenset(
    "عين عينت تعيين انتخب انتخبت اختير اختيرت انضم انضمت انضموا انضمام".split()
)


def verb_offsets(text: str) -> list[int]:
    """Character offsets of the verb forms in ``text``."""
    out = []
    for t in tokenize(text):
        w = normalize(t.text)
        if w in FORMS or (w[:1] in "وفبل" and w[1:] in FORMS):
            out.append(t.start)
    return out


def main(out: Path) -> None:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    hits = [(r, verb_offsets(r["text"])) for r in rows]
    hits = [(r, offs) for r, offs in hits if offs]
    random.Random(6).shuffle(hits)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("ant40.jsonl", hits[:40]), ("ant20_heldout.jsonl", hits[40:60])):
        with (out / name).open("w", encoding="utf-8") as f:
            for r, offs in part:
                f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
                print(name, r["id"], " ".join(map(str, offs)))
    print(f"{len(hits)} of {len(rows)} articles have a verb form: 40 -> {out / 'ant40.jsonl'}, 20 -> ant20_heldout.jsonl")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/rel_s6"))

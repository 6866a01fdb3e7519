"""How the ANT sentences of ``events_ant_dev.tsv`` / ``events_ant_heldout.tsv`` were drawn.

    python benchmarks/events_ant_sample.py [/work/shared/data] [--heldout | --fresh]

Both sets were drawn once and labelled by hand before kg was run on them (seventh
session).  The dev set (100 sentences, ``random.Random(20261207)``) is used to find
and fix errors; the held-out set (100 more, ``random.Random(20261208)``, none of the
dev sentences) is scored only before and after the round, its errors never read.
The eighth session made the held-out set a second dev set and drew a fresh blind
set (``--fresh``: 100 more, ``random.Random(20261209)``, none of the 200 earlier
sentences), labelled by hand before kg was run on it.

Source: the full ANT corpus (``ant_full.jsonl.gz``), politics articles only
(categories ``internationalNews`` and ``middleEast``), *without* the 3,000 articles
of ``ant_multisource_sample.jsonl`` (earlier sessions read those while writing
rules), duplicate texts dropped.  Each paragraph is cut after ``. ! ? ؟`` followed
by white space; sentences of 40-300 characters, not starting with a Latin letter
or a digit-only line, with at least one Arabic letter.  Prints
``n article offset :: text`` (the texts stay in /work/shared: no open licence, so
the repository holds references and labels, not sentences).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path

POLITICS = frozenset({"internationalNews", "middleEast"})
_ARABIC = re.compile(r"[\u0621-\u064a]")
_CUT = re.compile(r"(?<=[.!?\u061f])\s+")


def texts(shared: Path) -> dict[str, str]:
    """Article id -> text of the politics articles of the full ANT corpus outside the sample."""
    sample_ids = set()
    with (shared / "ant_arabic_news" / "ant_multisource_sample.jsonl").open(encoding="utf-8") as f:
        for line in f:
            sample_ids.add(json.loads(line)["id"])
    out: dict[str, str] = {}
    seen: set[str] = set()
    with gzip.open(shared / "ant_arabic_news" / "ant_full.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["category"] not in POLITICS or a["id"] in sample_ids:
                continue
            h = hashlib.sha1(a["text"].encode()).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            out[a["id"]] = a["text"]
    return out


def sample(shared: Path, heldout: bool = False, fresh: bool = False) -> list[tuple[str, int, str]]:
    """(article id, offset in its text, sentence) of the drawn sentences.

    ``fresh``: the eighth session's blind set (``random.Random(20261209)``), none of
    the dev or held-out sentences.
    """
    pool: list[tuple[str, int, str]] = []
    for aid, text in sorted(texts(shared).items()):
        for m in re.finditer(r"[^\n]+", text):
            para = m.group(0)
            pieces, last = [], 0
            for s in _CUT.finditer(para):
                pieces.append((last, s.start()))
                last = s.end()
            pieces.append((last, len(para)))
            for b, e in pieces:
                raw = para[b:e]
                t = raw.strip()
                if 40 <= len(t) <= 300 and _ARABIC.search(t[:3] or " "):
                    pool.append((aid, m.start() + b + raw.index(t), t))
    dev = random.Random(20261207).sample(pool, 100)
    if not heldout and not fresh:
        return dev
    chosen = set(dev)
    rest = [p for p in pool if p not in chosen]
    held = random.Random(20261208).sample(rest, 100)
    if not fresh:
        return held
    chosen |= set(held)
    rest = [p for p in pool if p not in chosen]
    return random.Random(20261209).sample(rest, 100)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in ("--heldout", "--fresh")]
    shared = Path(args[0]) if args else Path("/work/shared/data")
    for n, (aid, off, text) in enumerate(sample(shared, "--heldout" in sys.argv, "--fresh" in sys.argv)):
        print(n, aid, off, len(text), hashlib.sha1(text.encode()).hexdigest()[:12], "::", text)

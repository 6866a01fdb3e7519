"""How the BBC sentences of ``events_bbc_dev.tsv`` / ``events_bbc_heldout.tsv`` were drawn.

    python benchmarks/events_bbc_sample.py [/work/shared/data] [--heldout | --fresh | --fresh2 | --fresh3]
    python benchmarks/events_bbc_sample.py --fresh4 /work/shared/data EXCLUDE.jsonl ...
    python benchmarks/events_bbc_sample.py --sample18 /work/shared/data OUTDIR
    python benchmarks/events_bbc_sample.py --sample19 /work/shared/data OUTDIR
    python benchmarks/events_bbc_sample.py --sample21 /work/shared/data OUTDIR

Each set was drawn once, before kg was run on it.  The dev set (90 sentences) was
used to find and fix errors; the held-out set (100 more sentences, another seed,
none of the dev ones) was labelled the same way and scored once, at the end (it
has served as dev data since).  The fresh held-out set (``--fresh``, 100 more,
seed 20261201, none of the earlier 190) was labelled before any change of the
third round and scored before and after it (dev data since the fourth round).
The second fresh set (``--fresh2``, 100 more, seed 20261202, none of the earlier
290) was labelled before any change of the fourth round and is scored only
before and after it.  The third fresh set (``--fresh3``, 60 sentences, seed 20261203, none of
the earlier 390) was labelled before the eighth session's English role changes ran on it.

Politics and business articles of the BBC News dataset, duplicates dropped, each
paragraph cut after ``. ! ?`` followed by a capital or a quote; sentences of 40-300
characters; 70 politics and 20 business sentences drawn with ``random.Random(20261129)``.
Prints ``n article offset :: text`` (the text stays in /work/shared: the BBC's licence
is research use only, so the repository holds references and labels, not sentences).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path


def _sentences(text: str, *, exact: bool) -> list[tuple[int, str]]:
    """The article's sentences of 40-300 characters with their offsets: paragraphs split after
    . ! ? before a capital or a quote.  ``exact`` skips a sentence's leading spaces in its offset
    (the fourth fresh set); the earlier sets were drawn without, and keep their offsets."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        para = m.group(0)
        pieces, last = [], 0
        for s in re.finditer(r'(?<=[.!?])\s+(?=["A-Z])', para):
            pieces.append((last, s.start()))
            last = s.end()
        pieces.append((last, len(para)))
        for b, e in pieces:
            t = para[b:e].strip()
            if 40 <= len(t) <= 300:
                lead = len(para[b:e]) - len(para[b:e].lstrip()) if exact else 0
                out.append((m.start() + b + lead, t))
    return out

def sample(
    shared: Path, heldout: bool = False, fresh: bool = False, fresh2: bool = False, fresh3: bool = False
) -> list[tuple[str, int, str]]:
    """(article id, offset in its text, sentence) of the drawn sentences.

    ``heldout``: the first held-out set (seed 20261130); ``fresh``: the second one
    (seed 20261201, none of the dev or first held-out sentences); ``fresh2``: the third
    one (seed 20261202, none of the dev, first held-out or fresh sentences); ``fresh3``: the
    fourth, 60 sentences (seed 20261203, none of the 390 earlier ones; eighth session).
    """
    seen: set[str] = set()
    pool: dict[str, list[tuple[str, int, str]]] = {"politics": [], "business": []}
    for line in (shared / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["category"] not in pool:
            continue
        h = hashlib.sha1(a["text"].encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        for offset, t in _sentences(a["text"], exact=False):
            pool[a["category"]].append((a["id"], offset, t))
    rng = random.Random(20261129)
    dev = rng.sample(pool["politics"], 70) + rng.sample(pool["business"], 20)
    if not heldout and not fresh and not fresh2 and not fresh3:
        return dev
    rng = random.Random(20261130)
    rest = {k: [p for p in v if p not in dev] for k, v in pool.items()}
    held = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh and not fresh2 and not fresh3:
        return held
    rng = random.Random(20261201)
    rest = {k: [p for p in v if p not in held] for k, v in rest.items()}
    first = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh2 and not fresh3:
        return first
    rng = random.Random(20261202)
    rest = {k: [p for p in v if p not in first] for k, v in rest.items()}
    second = rng.sample(rest["politics"], 80) + rng.sample(rest["business"], 20)
    if not fresh3:
        return second
    rng = random.Random(20261203)
    rest = {k: [p for p in v if p not in second] for k, v in rest.items()}
    return rng.sample(rest["politics"], 48) + rng.sample(rest["business"], 12)


def sample_fresh4(shared: Path, exclude: list[Path]) -> list[tuple[str, int, str]]:
    """The fourth fresh set (tenth session, ``events_bbc_fresh4.tsv``): 350 sentences of politics and
    business articles in none of the earlier labelled sets nor the JSONL article samples ``exclude``
    (the lead's ``/tmp/lead/s9/bbc400.jsonl`` and ``/tmp/review_s5/bbc100.jsonl``): 150 + 100 drawn
    with ``random.Random(20261210)``, then 60 + 40 more with ``random.Random(20261211)``, each batch
    interleaved 3 politics : 2 business.  Offsets are those of the stripped sentence."""
    here = Path(__file__).resolve().parent
    used: set[str] = set()
    for f in exclude:
        used |= {json.loads(line)["id"] for line in f.open(encoding="utf-8")}
    for f in sorted(here.glob("events_bbc_*.tsv")):
        if f.name == "events_bbc_fresh4.tsv":
            continue
        for line in f.open(encoding="utf-8"):
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 2:
                used.add(cols[1])
    seen: set[str] = set()
    pool: dict[str, list[tuple[str, int, str]]] = {"politics": [], "business": []}
    for line in (shared / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8"):
        a = json.loads(line)
        if a["category"] not in pool or a["id"] in used:
            continue
        h = hashlib.sha1(a["text"].encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        for offset, t in _sentences(a["text"], exact=True):
            pool[a["category"]].append((a["id"], offset, t))

    def interleave(pol: list, bus: list) -> list:
        out: list = []
        while pol or bus:
            out += [pol.pop() for _ in range(3) if pol]
            out += [bus.pop() for _ in range(2) if bus]
        return out

    rng = random.Random(20261210)
    first = interleave(rng.sample(pool["politics"], 150), rng.sample(pool["business"], 100))
    drawn = set(first)
    rng = random.Random(20261211)
    rest = {k: [p for p in v if p not in drawn] for k, v in pool.items()}
    return first + interleave(rng.sample(rest["politics"], 60), rng.sample(rest["business"], 40))


def _bbc_pool(shared: Path, categories: tuple[str, ...], exclude: set[str] | None = None) -> list[dict]:
    """The articles of ``categories``, deduplicated by text, whose text is that of no article any
    ``events_bbc_*.tsv`` sentence comes from nor one of ``exclude`` (texts' sha1), in file order."""
    here = Path(__file__).resolve().parent
    used: set[str] = set()
    for f in sorted(here.glob("events_bbc_*.tsv")):
        for line in f.open(encoding="utf-8"):
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 2:
                used.add(cols[1])
    arts = [json.loads(line) for line in (shared / "bbc_news_en" / "bbc_news_2225.jsonl").open(encoding="utf-8")]
    digest = {a["id"]: hashlib.sha1(a["text"].encode()).hexdigest() for a in arts}
    used_texts = {digest[i] for i in used if i in digest} | (exclude or set())
    seen: set[str] = set()
    pool = []
    for a in arts:
        h = digest[a["id"]]
        if a["category"] not in categories or h in used_texts or h in seen:
            continue
        seen.add(h)
        pool.append(a)
    return pool


def sample19(shared: Path) -> tuple[list[dict], list[dict]]:
    """Whole articles for reading events (nineteenth session): the politics, business, tech and
    entertainment articles, deduplicated by text, whose text is that of no article of the
    ``events_bbc_*.tsv`` sets nor of ``read18`` / ``blind18`` (``sample18``: every such politics and
    business article, so what is left is tech and entertainment), shuffled with ``random.Random(1919)``:
    the first 200 are ``read19`` (read while fixing), the next 200 ``blind19`` (not read before the
    blind judgment)."""
    seen18 = {hashlib.sha1(a["text"].encode()).hexdigest() for part in sample18(shared) for a in part}
    pool = _bbc_pool(shared, ("politics", "business", "tech", "entertainment"), seen18)
    random.Random(1919).shuffle(pool)
    return pool[:200], pool[200:400]


def sample21(shared: Path) -> tuple[list[dict]]:
    """Whole articles for a blind judgment of English events (twenty-first session): every BBC
    article, deduplicated by text, of no ``events_bbc_*.tsv`` set nor of read18 / blind18 / read19 /
    blind19 (:func:`sample18`, :func:`sample19`): what is left is 494 sport, 156 entertainment and 147
    tech articles, shuffled with ``random.Random(2121)``: ``blind21`` (797 articles; no event of
    them read before the blind judgment)."""
    seen = {
        hashlib.sha1(a["text"].encode()).hexdigest()
        for part in (*sample18(shared), *sample19(shared))
        for a in part
    }
    pool = _bbc_pool(shared, ("politics", "business", "tech", "entertainment", "sport"), seen)
    random.Random(2121).shuffle(pool)
    return (pool,)


def sample18(shared: Path) -> tuple[list[dict], list[dict]]:
    """Whole articles for reading events (eighteenth session): the politics and business articles,
    deduplicated by text, whose text is that of no article any ``events_bbc_*.tsv`` sentence comes
    from, shuffled with ``random.Random(1818)`` and cut in two halves: ``read18`` (read while fixing)
    and ``blind18`` (not read before the blind judgment).  Each article as the dataset holds it."""
    pool = _bbc_pool(shared, ("politics", "business"))
    random.Random(1818).shuffle(pool)
    half = (len(pool) + 1) // 2
    return pool[:half], pool[half:]


if __name__ == "__main__":
    for flag, names, draw in (
        ("--sample18", ("read18", "blind18"), sample18),
        ("--sample19", ("read19", "blind19"), sample19),
        ("--sample21", ("blind21",), sample21),
    ):
        if flag not in sys.argv:  # events_bbc_sample.py --sample18 | --sample19 | --sample21 SHARED OUTDIR
            continue
        rest_args = [a for a in sys.argv[1:] if a != flag]
        out = Path(rest_args[1])
        out.mkdir(parents=True, exist_ok=True)
        for name, part in zip(names, draw(Path(rest_args[0]))):
            with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                for a in part:
                    fh.write(json.dumps(a, ensure_ascii=False) + "\n")
            cats = {c: sum(a["category"] == c for a in part) for c in sorted({a["category"] for a in part})}
            print(name, len(part), " ".join(f"{c} {n}" for c, n in cats.items()))
        raise SystemExit(0)
    if "--fresh4" in sys.argv:  # events_bbc_sample.py --fresh4 SHARED EXCLUDE.jsonl ...
        rest_args = [a for a in sys.argv[1:] if a != "--fresh4"]
        for n, (aid, off, text) in enumerate(sample_fresh4(Path(rest_args[0]), [Path(a) for a in rest_args[1:]])):
            print(n, aid, off, "::", text)
        raise SystemExit(0)
    args = [a for a in sys.argv[1:] if a not in ("--heldout", "--fresh", "--fresh2", "--fresh3")]
    shared = Path(args[0]) if args else Path("/work/shared/data")
    drawn = sample(
        shared, "--heldout" in sys.argv, "--fresh" in sys.argv, "--fresh2" in sys.argv, "--fresh3" in sys.argv
    )
    for n, (aid, off, text) in enumerate(drawn):
        print(n, aid, off, "::", text)

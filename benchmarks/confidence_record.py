"""Record kg's events with what their confidence is computed from, for labelling and calibration
(twentieth session, issue #4).

    # every event of the first N articles of a JSONL sample, with its features and its sentence
    PYTHONPATH=. python benchmarks/confidence_record.py record SAMPLE.jsonl N OUT.jsonl [--set NAME]
    # 150 BBC sport articles (deduplicated by text, shuffled with seed 2020): never read for events
    python benchmarks/confidence_record.py sport /work/shared/data OUT.jsonl
    # a seeded, stratified draw of events to label (each with its stratum's size, for the weights)
    python benchmarks/confidence_record.py draw OUT.jsonl ... --lang ar --n 300 --seed 2020 --out DRAW.jsonl
    # the labels file: the drawn events' ids, offsets and features with the labels ("i R|O|W" lines)
    python benchmarks/confidence_record.py labels DRAW_AR.jsonl LAB_AR.txt DRAW_EN.jsonl LAB_EN.txt \
        > benchmarks/confidence_labels.tsv
    # the same for relations: record, draw 100 a language (evenly among the predicates), label R|W
    PYTHONPATH=. python benchmarks/confidence_record.py record --relations SAMPLE.jsonl N OUT.jsonl --set NAME
    python benchmarks/confidence_record.py draw OUT.jsonl ... --lang ar --n 100 --seed 2020 --out RDRAW.jsonl
    python benchmarks/confidence_record.py labels RDRAW_AR.jsonl RLAB_AR.txt RDRAW_EN.jsonl RLAB_EN.txt \
        > benchmarks/confidence_relation_labels.tsv

The sets labelled in the twentieth session: Arabic ``/tmp/lead/s20/antC20.jsonl`` (400 unseen ANT
articles, 1,552 events, 740 relations); English ``blind19`` and ``blind18`` (``events_bbc_sample.py
--sample19`` / ``--sample18``, 200 articles each: 528 and 711 events) and the 150 sport articles (300
events); 313 relations in the three.

``record`` wraps :func:`kg.events.extractor._confidence` so that each event it scores carries the
lexicon entry's prior, source and part of speech and how its roles were found at that moment;
events added by other rules (speech, criticism, demands) are told by their ``attrs``.  The output
holds the sentence so that a person can read it: it stays in /tmp (the BBC, ANT and Reuters texts
may not be copied into the repository); ``benchmarks/confidence_labels.tsv`` keeps ids, offsets,
features and labels only.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sys

# an entity's label as events_diff.py shows it (benchmarks/ is on sys.path when a script there runs)
from events_diff import _label


class _Scored(float):
    """A confidence that remembers what it was computed from (recording only)."""

    feat: dict


def _wrap() -> None:
    from kg.events import extractor

    raw = extractor._confidence

    def scored(m, roles, mode, category="", lang="", words=0, dated=False):  # noqa: ANN001, ANN202
        x = _Scored(raw(m, roles, mode, category, lang, words, dated))
        x.feat = {
            "prior": m.entry.confidence,
            "source": m.entry.source,
            "pos": m.entry.kind,
            "emit_agent": bool(roles.agent),
            "emit_target": bool(roles.target),
            "agent_from": roles.agent_from or "",
            "target_from": roles.target_from or "",
            "place": bool(roles.place),
            "words": words,
            "dated": dated,
            "mode": mode,
        }
        return x

    extractor._confidence = scored


def _origin(e) -> str:  # noqa: ANN001
    if isinstance(e.confidence, _Scored):
        return "rule"
    for k in ("speech", "demand", "criticism"):
        if e.attrs.get(k):
            return k
    return "other"


def record(src: str, n: int, out: str, name: str) -> None:
    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    _wrap()
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for d in itertools.islice(documents([src]), n):
            d = process(d, ner="crf")
            for e in d.events:
                s0, s1 = d.sentences[e.sentence][:2]
                sent = d.text[s0:s1]
                feat = dict(getattr(e.confidence, "feat", {}))
                row = {
                    "set": name,
                    "doc": d.id,
                    "lang": d.lang,
                    "start": e.trigger.start,
                    "end": e.trigger.end,
                    "trigger": d.text[e.trigger.start : e.trigger.end],
                    "category": e.category,
                    "modality": e.modality,
                    "confidence": float(e.confidence),
                    "origin": _origin(e),
                    "main": bool(e.attrs.get("main")),
                    "agent": bool(e.agent),
                    "target": bool(e.target),
                    "agent_from": e.attrs.get("agent_from", ""),
                    "target_from": e.attrs.get("target_from", ""),
                    "place": bool(e.place),
                    "date": bool(e.date),
                    "reported": bool(e.reported_by),
                    "foiled": bool(e.attrs.get("foiled")),
                    "sent_words": len(sent.split()),
                    **{f"f_{k}": v for k, v in feat.items()},
                    "agent_names": [_label(d, k) for k in e.agent],
                    "target_names": [_label(d, k) for k in e.target],
                    "place_names": [_label(d, k) for k in e.place],
                    "sentence": sent,
                    "sent_start": s0,
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} events -> {out}")


def record_relations(src: str, n: int, out: str, name: str) -> None:
    """Every relation of the first ``n`` articles with its predicate, confidence and sentence."""
    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for d in itertools.islice(documents([src]), n):
            d = process(d, ner="crf")
            for r in d.relations:
                s0, s1 = d.sentences[r.sentence][:2] if r.sentence is not None else (0, 0)
                row = {
                    "set": name,
                    "doc": d.id,
                    "lang": d.lang,
                    "start": r.evidence.start if r.evidence is not None else -1,
                    "end": r.evidence.end if r.evidence is not None else -1,
                    "predicate": r.predicate,
                    "confidence": float(r.confidence),
                    "literal": r.object_is_literal,
                    "subject_name": _label(d, r.subject),
                    "object_name": r.object if r.object_is_literal else _label(d, r.object),
                    "of_name": _label(d, str(r.attrs["of"])) if r.attrs.get("of") else "",
                    "attrs": {k: str(v) for k, v in r.attrs.items() if k != "of"},
                    "sentence": d.text[s0:s1],
                    "sent_start": s0,
                }
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} relations -> {out}")


def stratum(r: dict) -> str:
    """Confidence bucket, speech / criticism events apart; a relation's predicate."""
    if "predicate" in r:
        return r["predicate"]
    if r["origin"] != "rule":
        return "said"
    c = r["confidence"]
    return "lo" if c < 0.5 else "mid" if c < 0.7 else "hi"


def draw(files: list[str], n: int, seed: int, lang: str | None, exclude: list[str] = ()) -> list[dict]:
    """``n`` events: every speech / criticism event (up to a quarter of ``n``), the rest split evenly
    among the confidence buckets, in random order; each with its stratum's size so that the weights
    (size / labelled in the stratum) make shares over the labelled events unbiased."""
    rows = [json.loads(x) for f in files for x in open(f, encoding="utf-8")]
    rows = [r for r in rows if lang is None or r["lang"] == lang]
    by: dict[str, list[dict]] = {}
    for r in rows:
        by.setdefault(stratum(r), []).append(r)
    if exclude:  # a further draw: the strata keep their sizes, the events drawn before are left out
        size = {s: len(v) for s, v in by.items()}
        seen = {_key(json.loads(x)) for f in exclude for x in open(f, encoding="utf-8")}
        by = {s: [r for r in v if _key(r) not in seen] for s, v in by.items()}
        by = {s: v for s, v in by.items() if v}
        out = draw_from(by, n, random.Random(seed))
        return [{**r, "stratum_size": size[r["stratum"]]} for r in out]
    return draw_from(by, n, random.Random(seed))


def _key(r: dict) -> tuple:
    return (r["doc"], r["start"], r["end"], r.get("category") or r.get("predicate"), r.get("origin", ""))


def draw_from(by: dict[str, list[dict]], n: int, rng: random.Random) -> list[dict]:
    out = []
    if any("predicate" in r for v in by.values() for r in v):  # relations: n split evenly among the predicates
        left, strata = n, sorted(by, key=lambda s: len(by[s]))
        for j, s in enumerate(strata):
            k = min(len(by[s]), left // (len(strata) - j))
            left -= k
            out += [{**r, "stratum": s, "stratum_size": len(by[s])} for r in rng.sample(by[s], k)]
        rng.shuffle(out)
        return out
    said = min(len(by.get("said", [])), n // 4)
    per = (n - said) // len([s for s in by if s != "said"])
    for s in sorted(by):
        pool = by[s]
        k = min(said if s == "said" else per, len(pool))
        for r in rng.sample(pool, k):
            out.append({**r, "stratum": s, "stratum_size": len(pool)})
    rng.shuffle(out)
    return out


LABEL_COLUMNS = (
    "lang set doc start end category modality origin stratum stratum_size confidence main agent target "
    "agent_from target_from f_prior f_source f_pos f_emit_agent f_emit_target f_agent_from f_target_from "
    "f_place f_words f_dated f_mode sent_words label"
).split()


RELATION_COLUMNS = "lang set doc start end predicate confidence literal stratum stratum_size label".split()


def labels(pairs: list[str]) -> None:
    """Print the labels file: for each (draw, labels) pair the drawn events with their labels."""
    first = json.loads(open(pairs[0], encoding="utf-8").readline())
    if "predicate" in first:
        print("# kg relations labelled by reading their sentence (twentieth session, helper conf20): R the")
        print("# sentence states it (subject, predicate and object right), W not.  Drawn by")
        print("# benchmarks/confidence_record.py draw (seed 2020, 100 a language, evenly among the predicates)")
        print("# from recordings of tree 02dafe1; ids, offsets and features only (no article text).")
        columns = RELATION_COLUMNS
    else:
        print("# kg events labelled by reading their sentence (twentieth session, helper conf20): R right, O category")
        print("# right but a stated role or the modality wrong, W wrong (no such event, wrong category, asserted")
        print("# but denied or hypothetical).  Drawn by benchmarks/confidence_record.py draw from recordings of")
        print("# tree 02dafe1: seed 2020, 300 a language; then seed 2021 --exclude the first draw, 200 a language")
        print("# (fewer where a stratum ran out).  Ids, offsets and features only (no article text).")
        columns = LABEL_COLUMNS
    print("\t".join(columns))
    for draw_file, lab_file in zip(pairs[::2], pairs[1::2]):
        lab = dict(line.split() for line in open(lab_file, encoding="utf-8") if line.strip())
        for line in open(draw_file, encoding="utf-8"):
            r = json.loads(line)
            r["label"] = lab[str(r["i"])]
            print("\t".join(str(int(v) if isinstance(v, bool) else v) for v in (r.get(c, "") for c in columns)))


def sport(shared: str, out: str, n: int = 150) -> None:
    """The first ``n`` BBC sport articles, deduplicated by text, shuffled with ``random.Random(2020)``."""
    import hashlib

    seen: set[str] = set()
    pool = []
    for line in open(f"{shared}/bbc_news_en/bbc_news_2225.jsonl", encoding="utf-8"):
        a = json.loads(line)
        h = hashlib.sha1(a["text"].encode()).hexdigest()
        if a["category"] == "sport" and h not in seen:
            seen.add(h)
            pool.append(a)
    random.Random(2020).shuffle(pool)
    with open(out, "w", encoding="utf-8") as fh:
        for a in pool[:n]:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{min(n, len(pool))} of {len(pool)} sport articles -> {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("src")
    r.add_argument("n", type=int)
    r.add_argument("out")
    r.add_argument("--set", default="")
    r.add_argument("--relations", action="store_true", help="record the relations instead of the events")
    d = sub.add_parser("draw")
    d.add_argument("files", nargs="+")
    d.add_argument("--n", type=int, default=300)
    d.add_argument("--seed", type=int, default=2020)
    d.add_argument("--lang")
    d.add_argument("--out", required=True)
    d.add_argument("--exclude", nargs="*", default=[], help="earlier draws: a further draw leaves their events out")
    s = sub.add_parser("sport")
    s.add_argument("shared")
    s.add_argument("out")
    lb = sub.add_parser("labels")
    lb.add_argument("pairs", nargs="+")
    a = ap.parse_args()
    if a.cmd == "record":
        (record_relations if a.relations else record)(a.src, a.n, a.out, a.set)
    elif a.cmd == "sport":
        sport(a.shared, a.out)
    elif a.cmd == "labels":
        labels(a.pairs)
    else:
        drawn = draw(a.files, a.n, a.seed, a.lang, a.exclude)
        with open(a.out, "w", encoding="utf-8") as fh:
            for i, x in enumerate(drawn):
                fh.write(json.dumps({"i": i, **x}, ensure_ascii=False) + "\n")
        print(f"{len(drawn)} drawn -> {a.out}")

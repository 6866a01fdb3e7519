"""Reuters stories for reading English events (fifteenth session): CoNLL-2003 eng.train and
eng.testa rebuilt into stories, shuffled, cut into a reading sample and two blind samples.

    python benchmarks/events_reuters_sample.py sample /work/shared/data OUTDIR
    # then, from each tree (the baseline's worktree and yours), every role recorded:
    PYTHONPATH=. python benchmarks/events_reuters_sample.py record OUTDIR/read300.jsonl read.pkl
    python benchmarks/events_reuters_sample.py diff base.pkl new.pkl

This copy of CoNLL-2003 has no ``-DOCSTART-`` lines: a story starts at its headline, the sentence
before the dateline (``BRUSSELS 1996-08-22``), or before a byline (a short sentence of person
names) that precedes the dateline.  Tokens are joined with spaces, one sentence a line; the
dateline's date is the story's date.  Results tables (more than 15 % of the tokens hold a digit)
and stories under 30 tokens after the dateline are left out: 855 stories, shuffled with
``random.Random(1515)``: ``read300`` (read while fixing), ``blind300`` and ``blind255`` (judged
blind).  ``sample16`` (sixteenth session) takes the 555 stories outside ``read300``, shuffles them with
``random.Random(1616)`` and cuts ``read16`` (280, read while fixing) and ``blind16`` (275, judged blind).  eng.testb, the NER test split, is never used.  Nothing is scored and no text enters the
repository: the Reuters text is for local research use only (its SOURCE.md).
"""
from __future__ import annotations

import json
import os
import random
import re
import sys

_DATE = re.compile(r"^19\d\d-\d\d-\d\d$")


def stories(shared: str) -> list[dict]:
    """Every story of eng.train and eng.testa, in file order."""
    out: list[dict] = []
    for split in ("eng.train", "eng.testa"):
        sents: list[list[tuple[str, str, str]]] = []
        cur: list[tuple[str, str, str]] = []
        with open(os.path.join(shared, "conll2003_en", split), encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    if cur:
                        sents.append(cur)
                        cur = []
                    continue
                p = line.split(" ")
                cur.append((p[0], p[1], p[3]))
        if cur:
            sents.append(cur)
        datelines = [i for i, s in enumerate(sents) if len(s) <= 8 and _DATE.match(s[-1][0])]
        starts = []
        for i in datelines:
            b = i - 1
            if b >= 1 and len(sents[b]) <= 4 and all(t[2].endswith("PER") for t in sents[b]) and i - 2 not in datelines:
                b -= 1  # a byline between headline and dateline
            starts.append((max(b, 0), i))
        for k, (b, i) in enumerate(starts):
            e = starts[k + 1][0] if k + 1 < len(starts) else len(sents)
            toks = [t for s in sents[b:e] for t in s]
            digits = sum(bool(re.search(r"\d", t[0])) for t in toks)
            if sum(len(s) for s in sents[i + 1 : e]) < 30 or digits / max(1, len(toks)) > 0.15:
                continue
            out.append({
                "id": f"{split[4:]}-{k:04d}", "source": "reuters-conll", "title": "",
                "text": "\n".join(" ".join(t[0] for t in s) for s in sents[b:e]), "date": sents[i][-1][0],
                "lang": "en",
            })
    return out


def record(src: str, out: str) -> None:
    """Every event of a sample with all its roles: category, trigger, agent, target, modality, the
    sentence, place, date, time text, participants, reporters (a superset of events_diff.py's record)."""
    import pickle

    from kg.pipeline import documents, process

    sys.setrecursionlimit(10000)
    res: dict[str, list[tuple]] = {}
    for d in documents([src]):
        d = process(d, ner="crf")
        evs = []
        for e in d.events:
            s0, s1 = d.sentences[e.sentence][:2]
            evs.append((e.trigger.start, e.trigger.end, e.category, d.text[e.trigger.start : e.trigger.end],
                        tuple(e.agent), tuple(e.target), e.modality, d.text[s0:s1], tuple(e.place),
                        str(e.date) if e.date else None, e.time_text, tuple(e.participant), tuple(e.reported_by)))
        res[d.id] = sorted(evs)
    with open(out, "wb") as fh:
        pickle.dump(res, fh)
    print(f"{len(res)} documents, {sum(len(v) for v in res.values())} events -> {out}")


def diff(before: str, after: str) -> None:
    """The events gone, new or changed in any role (place, date, participants, reporters too)."""
    import pickle

    with open(before, "rb") as fh:
        a = pickle.load(fh)
    with open(after, "rb") as fh:
        b = pickle.load(fh)

    def shown(x: tuple | None) -> str:
        if x is None:
            return "(none)"
        k = lambda keys: [v.split("/", 1)[-1] for v in keys]  # noqa: E731
        return f"{x[2]} {x[6]} A={k(x[4])} T={k(x[5])} P={k(x[8])} part={k(x[11])} rep={k(x[12])} date={x[9]}"

    n = 0
    for doc in sorted(a):
        old = {(x[0], x[1]): x for x in a[doc]}
        now = {(x[0], x[1]): x for x in b.get(doc, [])}
        for span in sorted(set(old) | set(now)):
            x, y = old.get(span), now.get(span)
            if x is not None and y is not None and (x[2:7] + x[8:]) == (y[2:7] + y[8:]):
                continue
            n += 1
            z = x or y
            i = z[7].find(z[3])
            print(f"[{doc}] [{z[3]}] :: {z[7][max(0, i - 110) : i + 130]}".replace("\n", " "))
            print("   -", shown(x))
            print("   +", shown(y))
    print(n, "changed")


def main() -> None:
    if sys.argv[1:2] == ["record"]:
        record(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1:2] == ["diff"]:
        diff(sys.argv[2], sys.argv[3])
        return
    shared, outdir = sys.argv[2], sys.argv[3]  # "sample SHARED OUTDIR" or "sample16 SHARED OUTDIR"
    rows = stories(shared)
    random.Random(1515).shuffle(rows)
    parts = [("read300", rows[:300]), ("blind300", rows[300:600]), ("blind255", rows[600:])]
    if sys.argv[1:2] == ["sample16"]:
        # sixteenth session: only the 555 stories the fifteenth read no event of (its two blind
        # samples, of which it saw only the changed events), shuffled again and cut in two
        rest = rows[300:]
        random.Random(1616).shuffle(rest)
        parts = [("read16", rest[:280]), ("blind16", rest[280:])]
    os.makedirs(outdir, exist_ok=True)
    for name, part in parts:
        with open(os.path.join(outdir, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r) + "\n")
        print(name, len(part))


if __name__ == "__main__":
    main()

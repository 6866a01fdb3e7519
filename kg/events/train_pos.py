"""Train the POS taggers of :mod:`kg.events.pos` from Universal Dependencies treebanks.

    python -m kg.events.train_pos /work/shared/data [--lang en|ar|both]

English: Penn Treebank tags (VBD/VBN/VBG... tell finite verbs from participles),
trained on UD_English-EWT train, scored on EWT dev.  Arabic: UD_Arabic-PUD
(the only Arabic treebank in the shared data whose licence, CC BY-SA 3.0, lets a
derived model ship), 90% train / 10% held out by sentence position.  Arabic
clitics that the treebank writes as separate tokens without a space
(``ل`` + ``أوباما``) are joined back into the words kg's tokeniser sees, and the
word takes the tag of its content part.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from kg.events.pos import MODEL_DIR, sentence_features

_CONTENT = ("VERB", "AUX", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "X", "SYM")


def conllu_rows(path: Path) -> Iterator[list[list[str]]]:
    """The word lines of each sentence of a CoNLL-U file, split into their ten columns
    (comments, multiword ranges ``3-4`` and empty nodes ``5.1`` left out)."""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 10 or "-" in cols[0] or "." in cols[0]:
            continue
        rows.append(cols)
    if rows:
        yield rows


def read_conllu(path: Path, column: int = 3) -> Iterator[list[tuple[str, str, bool]]]:
    """Sentences as (form, tag, space_after) triples; multiword ranges are skipped.

    ``column`` 3 is UPOS, 4 is XPOS (English: Penn Treebank tags).
    """
    for rows in conllu_rows(path):
        yield [(cols[1], cols[column], "SpaceAfter=No" not in cols[9]) for cols in rows]


def join_clitics(sent: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    """Arabic: glue tokens written without a space into one word; keep the content tag."""
    out: list[tuple[str, str]] = []
    buf: list[tuple[str, str]] = []
    for form, upos, space in sent:
        if upos == "PUNCT" or not any(ch.isalpha() for ch in form):
            if buf:
                out.append(_merge(buf))
                buf = []
            out.append((form, upos))
            continue
        buf.append((form, upos))
        if space:
            out.append(_merge(buf))
            buf = []
    if buf:
        out.append(_merge(buf))
    return out


def _merge(parts: list[tuple[str, str]]) -> tuple[str, str]:
    form = "".join(p[0] for p in parts)
    tags = [p[1] for p in parts]
    for t in _CONTENT:
        if t in tags:
            return form, t
    return form, tags[-1]


def _train(data: list[list[tuple[str, str]]], lang: str, out: Path) -> None:
    import pycrfsuite  # type: ignore[import-untyped]

    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in data:
        words = [w for w, _ in sent]
        trainer.append(sentence_features(words, lang), [t for _, t in sent])
    trainer.set_params(
        {
            "c1": 0.3,
            "c2": 0.01,
            "max_iterations": 80,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def accuracy(data: list[list[tuple[str, str]]], lang: str, model: Path) -> float:
    """Token accuracy of a trained model on tagged sentences."""
    from kg.events.pos import Tagger

    tagger = Tagger(model, lang)
    ok = tot = 0
    for sent in data:
        pred = tagger.tag([w for w, _ in sent])
        ok += sum(p == g for p, (_, g) in zip(pred, sent, strict=False))
        tot += len(sent)
    return ok / tot if tot else 0.0


def train(shared: Path, lang: str) -> float:
    """Train one language's model into kg/events/models/; return held-out accuracy."""
    out = MODEL_DIR / f"pos_{lang}.crfsuite"
    if lang == "en":
        ewt = shared / "ud_english_ewt"
        train_set = [[(f, t) for f, t, _ in s] for s in read_conllu(ewt / "en_ewt-ud-train.conllu", 4)]
        held = [[(f, t) for f, t, _ in s] for s in read_conllu(ewt / "en_ewt-ud-dev.conllu", 4)]
    else:
        sents = [join_clitics(s) for s in read_conllu(shared / "ud_arabic_pud" / "ar_pud-ud-test.conllu")]
        cut = int(len(sents) * 0.9)
        train_set, held = sents[:cut], sents[cut:]
    _train(train_set, lang, out)
    return accuracy(held, lang, out)


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python -m kg.events.train_pos SHARED_DATA_DIR``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("--lang", choices=("en", "ar", "both"), default="both")
    args = ap.parse_args(argv)
    for lang in ("en", "ar") if args.lang == "both" else (args.lang,):
        acc = train(args.shared, lang)
        print(f"pos_{lang}: held-out token accuracy {acc:.4f}")


if __name__ == "__main__":
    main()

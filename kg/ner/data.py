"""Where kg finds its training data, and readers for the unlabeled news.

The data is not shipped: ``kg train ner`` reads it from ``--data DIR``, else from
``$KG_DATA``, else from ``../shared/data`` next to the working directory or the
source checkout.
"""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError

#: Files each language's training reads, relative to the data directory.
FILES = {
    "ar": {
        "train": "anercorp/ANERCorp_CamelLab_train.txt",
        "test": "anercorp/ANERCorp_CamelLab_test.txt",
        "unlabeled": "ant_arabic_news/ant_full.jsonl.gz",
        "names": "anetac/en_ar_named_entities.txt",
        "translit": "anetac/translit_train.ar",
        # Labelled Arabic Wikipedia (CC BY-SA 3.0) for the network's optional first stage
        # (kg.ner.wiki); never fane/NewsFANE_Gold (it is ANERcorp's own text).
        "wikifane": "fane/WikiFANE_Gold_2014_500K.txt",
        "aqmar": "aqmar/AQMAR_Arabic_NER_corpus-1.0.txt",
    },
    "en": {
        "train": "conll2003_en/eng.train",
        "dev": "conll2003_en/eng.testa",
        "test": "conll2003_en/eng.testb",
        "ood": "uner_english_ewt/en_ewt-ud-test.iob2",
        "unlabeled": "bbc_news_en/bbc_news_2225.jsonl",
        "wikiann_train": "wikiann_en/train",
        "wikiann_dev": "wikiann_en/dev",
        "wikiann_test": "wikiann_en/test",
    },
}


def find_data_dir(data: str | Path | None = None) -> Path:
    """Return the shared data directory.

    Raises:
        InputError: none of the candidate directories exists.
    """
    candidates: list[Path] = []
    if data is not None:
        candidates.append(Path(data))
    elif os.environ.get("KG_DATA"):
        candidates.append(Path(os.environ["KG_DATA"]))
    else:
        candidates.append(Path.cwd().parent / "shared" / "data")
        candidates.append(Path(__file__).resolve().parents[3] / "shared" / "data")
    for c in candidates:
        if (c / "anercorp").is_dir() or (c / "conll2003_en").is_dir():
            return c
    raise InputError(
        "no training data found (looked in " + ", ".join(str(c) for c in candidates) + "); "
        "pass --data DIR pointing at the shared data folder (with anercorp/, conll2003_en/ ...)"
    )


def data_file(data_dir: Path, lang: str, role: str) -> Path:
    """Path of one training input, checked to exist.

    Raises:
        InputError: the file is missing.
    """
    p = data_dir / FILES[lang][role]
    if not p.is_file():
        raise InputError(f"missing training file {p}; check --data")
    return p


def iter_articles(path: Path, limit: int | None = None) -> Iterator[str]:
    """Yield the ``text`` of each article in a JSONL(.gz) news file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            text = json.loads(line).get("text") or ""
            yield text.replace("#", " ")


def read_anetac(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Read ANETAC's ``CLASS English... Arabic...`` lines.

    Returns:
        class (``PERSON``, ``LOCATION``, ``ORGANIZATION``) -> ``(english, arabic)`` pairs.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            words = parts[1:]
            cut = next((i for i, w in enumerate(words) if "\u0600" <= w[0] <= "\u06ff"), len(words))
            en, ar = " ".join(words[:cut]), " ".join(words[cut:])
            if en and ar:
                out.setdefault(parts[0], []).append((en, ar))
    return out


def dev_split(train: list, fraction: float = 0.9) -> tuple[list, list]:
    """The training sentences cut into the part models are trained on and the dev part
    tuning reads: the last ``1 - fraction`` of them, in corpus order (ANERcorp's dev split)."""
    cut = int(len(train) * fraction)
    return train[:cut], train[cut:]


def folds(n: int, k: int = 5) -> list[range]:
    """``n`` sentences cut into ``k`` contiguous, disjoint folds that cover them, in corpus
    order (fold ``i`` is ``range(n * i // k, n * (i + 1) // k)``), for cross-validation:
    a contiguous block keeps an article's sentences on one side (but for the one article
    a cut may fall in; ANERcorp has no document breaks).

    >>> folds(10, 3)
    [range(0, 3), range(3, 6), range(6, 10)]
    """
    if not 1 <= k <= n:
        raise ValueError(f"cannot cut {n} sentences into {k} folds")
    return [range(n * i // k, n * (i + 1) // k) for i in range(k)]


def fold_split(train: list, fold: int, k: int = 5) -> tuple[list, list]:
    """The training sentences without fold ``fold`` (0-based, of :func:`folds`) and that fold."""
    r = folds(len(train), k)[fold]
    return train[: r.start] + train[r.stop:], train[r.start: r.stop]


def dev_set(data_dir: Path, lang: str = "ar") -> tuple[set[str], list[list[str]], list[list[str]]]:
    """The dev part of a language's training file, as the decoding benchmarks score it: the words
    of the part models are trained on (to tell unseen-word entities), the dev tokens and their gold tags."""
    from kg.ner import conll

    train, ev = dev_split(conll.read_conll(data_file(data_dir, lang, "train")))
    return {w for t, _ in train for w in t}, [t for t, _ in ev], [g for _, g in ev]

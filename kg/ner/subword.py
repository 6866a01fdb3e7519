"""Subword (fastText-style) word vectors: every word, seen or not, gets a vector.

The pretrained word vectors of the neural tagger (:func:`kg.ner.train.neural_vectors`)
exist only for the 94,787 news words seen 3+ times, so an unseen transliterated name
gets none.  fastText (Bojanowski et al. 2017) also learns one vector per hashed
character n-gram (3 to 6 characters of ``<word>``); a word's *subword vector* is the
mean of its n-grams' rows, which exists for any word.

Training uses gensim's fastText (skip-gram, one worker so it is deterministic) on the
unlabeled news; only the n-gram bucket table is kept.  The tagger projects the
subword vector linearly, so the shipped table is the bucket table already multiplied
by the learned projection (see :mod:`kg.ner.neural`), and run time needs numpy only:
this module reproduces gensim's hashing (FNV-1a over the UTF-8 bytes of each n-gram,
bytes read as signed chars as fastText does) in plain Python.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

#: fastText options (chosen before measuring; see BENCHMARKS.md, "NER").
OPTIONS: dict[str, Any] = {
    "vector_size": 100, "window": 5, "min_count": 3, "min_n": 3, "max_n": 6,
    "bucket": 200_000, "epochs": 5, "sg": 1, "negative": 5, "sample": 1e-4,
}


def fnv1a(data: bytes) -> int:
    """fastText's 32-bit FNV-1a hash, each byte taken as a signed char (sign-extended).

    >>> fnv1a(b"abc")
    440920331
    """
    h = 2166136261
    for b in data:
        h ^= b if b < 128 else b | 0xFFFFFF00
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def ngrams(word: str, min_n: int = 3, max_n: int = 6) -> list[str]:
    """The character n-grams of ``<word>`` that fastText hashes, in gensim's order.

    >>> ngrams("ab", 3, 4)
    ['<ab', 'ab>', '<ab>']
    """
    w = f"<{word}>"
    return [w[i: i + n] for n in range(min_n, max_n + 1) for i in range(len(w) - n + 1)]


#: XOR operand of each byte value: fastText reads bytes as signed chars (sign-extended to 32 bits).
_XOR = tuple(b if b < 128 else b | 0xFFFFFF00 for b in range(256))


@lru_cache(maxsize=200_000)
def bucket_ids(word: str, buckets: int, min_n: int = 3, max_n: int = 6) -> tuple[int, ...]:
    """Rows of the n-gram bucket table that make up ``word``'s subword vector
    (the hashes of :func:`ngrams`, repeats kept as fastText averages them; the order
    differs from :func:`ngrams`, which a mean does not see).

    The hash of each n-gram starting at a position is extended one character at a
    time, so every byte is hashed once per start position.

    >>> sorted(bucket_ids("ab", 1000)) == sorted(fnv1a(g.encode()) % 1000 for g in ngrams("ab"))
    True
    """
    enc = [c.encode("utf-8") for c in f"<{word}>"]
    out = []
    n_chars = len(enc)
    for i in range(n_chars):
        h = 2166136261
        for n in range(1, min(max_n, n_chars - i) + 1):
            for b in enc[i + n - 1]:
                h = ((h ^ _XOR[b]) * 16777619) & 0xFFFFFFFF
            if n >= min_n:
                out.append(h % buckets)
    return tuple(out)


def subword_vector(table: Any, word: str) -> Any:
    """One word's subword vector (float32), the tagger's per-type fast path of
    :func:`subword_vectors`."""
    import numpy as np

    rows = bucket_ids(word, table.shape[0])
    if not rows:
        return np.zeros(table.shape[1], dtype=np.float32)
    return np.take(table, rows, axis=0).sum(axis=0, dtype=np.float32) / np.float32(len(rows))


def subword_vectors(table: Any, words: list[str], min_n: int = 3, max_n: int = 6) -> Any:
    """The mean n-gram row of each word: ``(len(words), table.shape[1])`` float32."""
    import numpy as np

    out = np.zeros((len(words), table.shape[1]), dtype=np.float32)
    for i, w in enumerate(words):
        rows = list(bucket_ids(w, table.shape[0], min_n, max_n))
        if rows:  # an empty word has no n-gram: a zero vector, as in fastText
            out[i] = table[rows].astype(np.float32).mean(axis=0)
    return out


def train_ngram_table(corpus: list[list[str]], seed: int = 13, **options: Any) -> Any:
    """Train fastText on ``corpus`` (token lists) and return its n-gram bucket table
    ``(buckets, vector_size)`` float32.  Needs gensim (training only)."""
    import numpy as np

    try:
        from gensim.models import FastText
    except ImportError:
        from kg.errors import ModelError

        raise ModelError("training subword vectors needs gensim (pip install gensim)") from None
    opts = {**OPTIONS, **options}
    model = FastText(sentences=corpus, workers=1, seed=seed, **opts)
    return np.asarray(model.wv.vectors_ngrams, dtype=np.float32)

"""A BiLSTM-CRF tagger whose forward pass runs in numpy (no torch at run time).

Each token becomes one input vector built from its word *type* only (so it is
computed once per type and cached):

* a pretrained word vector from the unlabeled news (PPMI-SVD over positional and
  bag-of-words contexts, see :func:`kg.ner.clusters.embed`), already multiplied by
  the model's learned projection, so the shipped table is small;
* a trainable embedding of the frequent words of the training data;
* a character CNN over the normalised word (max-pooled, ReLU);
* embeddings of the proclitic, the 5 cluster ids, the gazetteer type and the shape,
  plus the name scorer's probability and a few flags;
* optionally (a model trained with ``"subword"``), a fastText-style subword vector
  of the normalised word, the mean of its character n-grams' rows of a table that
  already holds the learned projection (``<lang>_nn_sub.npz``; :mod:`kg.ner.subword`),
  so unseen words get a vector too.

A bidirectional LSTM reads the sentence and a linear-chain CRF layer decodes it
(Viterbi for the labels, forward-backward for their marginals).  The weights are
trained with torch by :mod:`kg.ner.neural_train` and stored as ``<lang>_nn.npz``
(float32; the word table float16) plus ``<lang>_nn_vocab.json.gz``.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from kg.ner.arabic import PROCLITICS, is_arabic, normalize, split_proclitic
from kg.ner.resources import Resources

#: The tag set, in the order of the model's output units.
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
#: Longest character sequence the char CNN reads (longer words keep their two ends).
MAX_CHARS = 24
#: Gazetteer types (index + 1; any other type len + 1; 0 = no entry).
GAZ_TYPES = ("country", "city")
#: Number of dense per-token inputs (see :meth:`Encoder.word`).
N_DENSE = 6
#: Word types whose input vectors a tagger keeps (about 1 KB a type and network for the shipped
#: Arabic model: 42 MB when full for its two networks).  When a document's new types would pass it, the most used half
#: stays (:meth:`TypeRows.evict`): on 1,500 ANT articles 20,000 so kept miss 81,760 types
#: (10,000: 110,204), against 70,000 for the 50,000 emptied at once the tagger had before.
CACHE_TYPES = 20_000
#: Word types whose LSTM input projections the Arabic tagger keeps (3.2 KB a type and network:
#: 38 MB when full for the shipped two), besides the input vectors of :data:`CACHE_TYPES` types from which a type's projection
#: is made again (a row of a matrix product) when it has left this smaller cache.
PROJECTED_TYPES = 6_000


@lru_cache(maxsize=1)
def _shape_of() -> Any:
    from kg.ner.features import _shape as shape

    return shape


def _shape(word: str) -> str:
    return _shape_of()(word)[:4]


class Encoder:
    """Maps a word type to the integer ids and dense values the network reads.

    Args:
        vocab: the tables written at training time (``words``: pretrained vocabulary,
            ``train_words``, ``chars``, ``shapes``).
        res: the tagger's side tables (clusters, name scorer, gazetteer).
    """

    def __init__(self, vocab: dict[str, list[str]], res: Resources) -> None:
        self.words = {w: i + 1 for i, w in enumerate(vocab["words"])}
        self.train_words = {w: i + 1 for i, w in enumerate(vocab["train_words"])}
        self.chars = {c: i + 3 for i, c in enumerate(vocab["chars"])}  # 0 pad, 1 unknown, 2 word edge
        self.shapes = {s: i + 1 for i, s in enumerate(vocab["shapes"])}
        self.res = res
        self._procl = {p: i + 1 for i, p in enumerate(PROCLITICS)}
        #: Clitic segmentation: the character CNN reads the word without its proclitic,
        #: and the pretrained vector is the remainder's when it has one (``"segment"`` flag).
        self.segment = "segment" in vocab.get("flags", [])

    def word(self, token: str) -> tuple[list[int], list[int], list[float]]:
        """``(ids, char ids, dense)`` of one word type.

        ids: pretrained-vector row, training-word row, proclitic, 5 cluster ids,
        gazetteer type, shape (0 = none/unknown for each).
        dense: name-scorer probability, is-Arabic, found whole in the vectors, found
        without its proclitic, word length / 10, has a digit.
        """
        n = normalize(token)
        ar = is_arabic(n)
        pc, rest = split_proclitic(n) if ar else ("", n)
        words = self.words
        wid = words.get(n, 0)
        hit_rest = 0.0
        if rest != n and (self.segment or not wid):
            rid = words.get(rest, 0)
            if rid:
                wid, hit_rest = rid, 1.0
        res = self.res
        cl = res.clusters.get(n) or res.clusters.get(rest)
        cids = [int(c[1:]) + 1 for c in cl[:5]] if cl else [0] * 5
        cids += [0] * (5 - len(cids))
        g = res.gazetteer.get(n) or res.gazetteer.get(rest)
        gid = (GAZ_TYPES.index(g) + 1 if g in GAZ_TYPES else len(GAZ_TYPES) + 1) if g else 0
        ids = [wid, self.train_words.get(n, 0), self._procl.get(pc, 0), *cids, gid,
               self.shapes.get(_shape(token), 0)]
        nm = 0.0
        if ar and res.names is not None and len(rest) >= 2:
            score = res.names.score
            # the same word twice (no proclitic) is scored once: max(s, s) is s
            nm = score(n) if rest == n else max(score(n), score(rest))
        dense = [nm, 1.0 if ar else 0.0, 1.0 if wid and not hit_rest else 0.0, hit_rest,
                 min(len(rest), 20) / 10.0, 1.0 if any(map(str.isdigit, token)) else 0.0]
        if self.segment:
            n = rest
        w = n if len(n) <= MAX_CHARS - 2 else n[: (MAX_CHARS - 2) // 2] + n[-((MAX_CHARS - 2) // 2):]
        chars = [2, *map(self.chars.get, w, repeat(1)), 2]
        return ids, chars, dense


class TypeRows:
    """Rows of numbers computed per word type, cached in one array (at most ``limit`` types,
    :data:`CACHE_TYPES` unless given: when a call's new types would pass it, the most used half
    stays, see :meth:`evict`)."""

    def __init__(self, limit: int | None = None) -> None:
        #: At most this many types (None: :data:`CACHE_TYPES`, read when a call needs it).
        self.limit = limit
        #: Word type -> its row of :attr:`rows`, in the order the types were cached.
        self.index: dict[str, int] = {}
        self.rows: Any = None
        #: Per row of :attr:`rows`: in how many calls its type was asked for (what :meth:`evict` keeps).
        self.hits: Any = None
        #: Rows no cached type holds below :attr:`_end` (those :meth:`evict` freed), filled first;
        #: both describe :attr:`_of` (the index and array they were computed for).
        self._free: list[int] = []
        self._end = 0
        self._of: tuple[Any, Any] = (None, None)

    def _slots(self, k: int) -> list[int]:
        """``k`` rows for new types: freed rows first, then rows past the last ever filled."""
        cache, rows = self.index, self.rows
        if self._of[0] is not cache or self._of[1] is not rows:  # set from outside: read the index
            used = set(cache.values())
            self._end = max(used) + 1 if used else 0
            self._free = sorted(set(range(self._end)) - used)
        free = self._free
        slots = free[:k]
        del free[:k]
        if len(slots) < k:
            fresh = k - len(slots)
            slots += range(self._end, self._end + fresh)
            self._end += fresh
        return slots

    def get(self, tokens: list[str], build: Any) -> Any:
        """The rows of the tokens, ``build(new_types)`` giving those of the types not cached yet
        (built together, written into free rows of the array; the tokens' rows are then one
        indexing of it)."""
        import numpy as np

        limit = CACHE_TYPES if self.limit is None else self.limit
        cache = self.index
        types = list(dict.fromkeys(tokens))
        new = [t for t in types if t not in cache]
        if len(cache) + len(new) > limit:  # bounded: keep the most used half
            self.evict(limit // 2)
            new = [t for t in types if t not in cache]
            if len(cache) + len(new) > limit:  # start again with this call's types
                cache.clear()
                self._free, self._end = [], 0
                new = types
                if len(new) > limit:  # more types than the cache holds: not cached
                    vecs = build(new)
                    at = {t: k for k, t in enumerate(new)}
                    return vecs[[at[t] for t in tokens]]
        if new:
            vecs = build(new)
            slots = self._slots(len(new))
            rows = self.rows
            if rows is None or rows.shape[0] < self._end:
                cap = min(limit, max(1024, 2 * self._end))
                grown = np.empty((cap, *vecs.shape[1:]), dtype=vecs.dtype)
                hits = np.zeros(cap, dtype=np.int64)
                if rows is not None:
                    grown[: rows.shape[0]] = rows
                    hits[: rows.shape[0]] = self.hits[: rows.shape[0]]
                self.rows = rows = grown
                self.hits = hits
            rows[slots] = vecs
            self.hits[slots] = 0
            cache.update(zip(new, slots))
            self._of = (cache, rows)
        at = cache.__getitem__
        self.hits[list(map(at, types))] += 1
        return self.rows[list(map(at, tokens))]

    def evict(self, keep: int) -> None:
        """Keep the ``keep`` most used types (the first cached first among equals) where their
        rows are; forget the others, whose rows new types fill."""
        import numpy as np

        cache = self.index
        if len(cache) <= keep:
            return
        if self._of[0] is not cache or self._of[1] is not self.rows:
            self._slots(0)  # the free rows of an index set from outside
        slots = np.fromiter(cache.values(), dtype=np.intp, count=len(cache))  # in the order cached
        gone = set(slots[np.argsort(-self.hits[slots], kind="stable")[keep:]].tolist())
        for t in [t for t, r in cache.items() if r in gone]:
            del cache[t]
        self._free = sorted(gone.union(self._free))
        self._of = (cache, self.rows)


class NeuralTagger:
    """The numpy forward pass of a trained BiLSTM-CRF (see the module docstring)."""

    def __init__(
        self, lang: str, directory: Path, res: Resources, members: int = 1, o_bias: float = 0.0
    ) -> None:
        """Load ``<lang>_nn.npz`` (and, for an ensemble of ``members`` networks trained
        with different seeds, ``<lang>_nn_2.npz`` ...) with the shared vocabularies.

        ``o_bias`` is subtracted from every token's ``O`` score before decoding: a
        positive value trades precision for recall (chosen on dev, stored in ``<lang>.json``).
        """
        import numpy as np

        #: Subtracted from the ``O`` emission score (see above).
        self.o_bias = float(o_bias)

        with gzip.open(directory / f"{lang}_nn_vocab.json.gz", "rt", encoding="utf-8") as fh:
            vocab = json.load(fh)
        self.encoder = Encoder(vocab, res)
        #: Per-token POS ids (when the network was trained with POS input; see kg.ner.posfeat).
        self._pos = None
        if vocab.get("pos"):
            from kg.ner.posfeat import PosIds

            self._pos = PosIds(vocab["pos"], lang)
        #: Each member's arrays; :attr:`p` is the first member's.
        self.ps: list[dict[str, Any]] = []
        for k in range(members):
            name = f"{lang}_nn.npz" if k == 0 else f"{lang}_nn_{k + 1}.npz"
            with np.load(directory / name) as z:
                # The word table stays float16 (half the memory); rows are widened when looked up.
                self.ps.append({n: z[n] if n == "word" else z[n].astype(np.float32) for n in z.files})
            sub = directory / name.replace(".npz", "_sub.npz")
            if sub.is_file():
                with np.load(sub) as z:
                    self.ps[-1]["sub"] = z["sub"]  # float16, like the word table
        self.p = self.ps[0]
        #: TagLM: a frozen language model whose states join the token inputs (kg.ner.taglm).
        self.lm: Any = None
        lm_path = directory / f"{lang}_nn_lm.npz"
        if lm_path.is_file():
            from kg.ner.taglm import FrozenLM

            self.lm = FrozenLM(lm_path, self.encoder)
        #: Contextual string embeddings: frozen character LMs whose states join the token inputs (kg.ner.charlm).
        self.charlm: Any = None
        charlm_path = directory / f"{lang}_nn_charlm.npz"
        if charlm_path.is_file():
            from kg.ner.charlm import CharLM

            self.charlm = CharLM(charlm_path)
        #: kg.ner.subword.subword_vector when a member reads subword vectors (imported only then).
        self._subword_vector: Any = None
        if any("sub" in p for p in self.ps):
            from kg.ner.subword import subword_vector

            self._subword_vector = subword_vector
        self.hidden = self.p["lstm_wh"].shape[2]
        #: The input vectors of word types, cached (:meth:`_vectors`; at most :data:`CACHE_TYPES`).
        self._vec_rows = TypeRows()
        #: The LSTM's input projections of word types, cached (:meth:`_projections`).
        self._proj_rows = TypeRows(PROJECTED_TYPES)
        #: Vectors of new types are built in one batch (:meth:`_new_vectors`) unless a member
        #: reads inputs that batch does not build (subword vectors, a language model's).
        self._batched = self.lm is None and not any("sub" in p for p in self.ps)
        # Per member: (F, E, width) -> (width * E, F), matching the row-major windows of _vector.
        # The cell-input gate's rows are scaled by 2 so one sigmoid serves all four gates
        # (tanh(x) = 2 * sigmoid(2x) - 1); see emissions().  The members' two directions
        # are stacked (member k: rows 2k and 2k + 1) so one recurrence runs them all.
        h4 = self.p["lstm_wx"].shape[1]
        scale = np.ones(h4, dtype=np.float32)
        scale[h4 // 2: 3 * h4 // 4] = 2.0
        self._wx = [(p["lstm_wx"][d] * scale[:, None]).T.copy() for p in self.ps for d in range(2)]
        self._wh = np.concatenate([(p["lstm_wh"] * scale[None, :, None]).transpose(0, 2, 1)
                                   for p in self.ps]).copy()  # (2K, H, 4H)
        self._b = [p["lstm_b"][d] * scale for p in self.ps for d in range(2)]
        #: Where the language model's states join: the LSTM's input, or its output (the
        #: emission layer then reads more than the tagger's own 2H states).
        self.lm_at = "output" if self.p["out_w"].shape[1] > 2 * self.hidden else "input"
        #: Joined at the output with the tagger's state size, the language model's two
        #: directions run in the tagger's recurrence as two more directions.
        self._lm_merged = self.lm is not None and self.lm_at == "output" and self.lm.hidden == self.hidden
        if self._lm_merged:
            self._wh = np.concatenate([self._wh, self.lm._wh])
        #: The input projections are cached per word type when a token's LSTM input is its
        #: type's vector alone (no POS, no language model's states joined per sentence).
        self._project_types = self._pos is None and self.lm is None and self.charlm is None
        self._conv_w = [p["conv_w"].transpose(0, 2, 1).reshape(p["conv_w"].shape[0], -1).T.copy()
                        for p in self.ps]
        #: An ensemble's mean CRF (:meth:`crf`), made on first use.
        self._crf_means: tuple[Any, Any, Any] | None = None
        #: Per member, the embedding tables in the order of the ids of :meth:`Encoder.word`.
        self._tables = [[p["word"], p["tword"], p["procl"]] + [p[f"cl{k}"] for k in range(5)]
                        + [p["gaz"], p["shape"]] for p in self.ps]

    # The vector cache's parts under their former names (tests patch and read them).
    @property
    def _cache(self) -> dict[str, int]:
        return self._vec_rows.index

    @_cache.setter
    def _cache(self, value: dict[str, int]) -> None:
        self._vec_rows.index = value

    @property
    def _rows(self) -> Any:
        return self._vec_rows.rows

    @_rows.setter
    def _rows(self, value: Any) -> None:
        self._vec_rows.rows = value

    @property
    def _hits(self) -> Any:
        return self._vec_rows.hits

    @_hits.setter
    def _hits(self, value: Any) -> None:
        self._vec_rows.hits = value

    def _vectors(self, tokens: list[str]) -> Any:
        """The input vectors ``(N, members, D)`` of the tokens (cached per word type).

        The types not cached yet are built together (:meth:`_new_vectors`) and appended
        to one array of cached rows; the tokens' vectors are then one indexing of it.
        """
        return self._vec_rows.get(tokens, self._new_vectors)

    def _projections(self, tokens: list[str]) -> Any:
        """The LSTM's input projections ``(N, 2K, 4H)`` of the tokens, cached per word type
        (only for a tagger whose inputs are the type's vector alone: see :attr:`_project_types`).

        A token's projection depends on its type only, so a type met again (most tokens of
        a news article) costs an indexing instead of a row of the product of its vector
        with each direction's input weights (:meth:`_new_projections`).
        """
        return self._proj_rows.get(tokens, self._new_projections)

    def _new_projections(self, types: list[str]) -> Any:
        """The input projections ``(len(types), 2K, 4H)`` of word types: bit for bit the rows
        :meth:`member_emissions` computes for them among the tokens of a document (OpenBLAS
        rounds a row of a product alike whatever the number of rows, except one: a single
        type is projected as a row of a two-row product)."""
        import numpy as np

        vecs = self._vectors(types)  # (M, K, D), from the larger cache of input vectors
        one = len(types) == 1
        if one:
            vecs = np.concatenate([vecs, vecs])
        out = np.empty((vecs.shape[0], len(self._wx), self._wx[0].shape[1]), dtype=np.float32)
        for d, (wx, bias) in enumerate(zip(self._wx, self._b)):
            out[:, d] = vecs[:, d // 2] @ wx + bias
        return out[:1] if one else out

    def _new_vectors(self, types: list[str]) -> Any:
        """The input vectors ``(len(types), members, D)`` of word types, built in one batch:
        the same values, bit for bit, as :meth:`_vector` of each type."""
        import numpy as np

        if not self._batched:
            return np.stack([self._vector(t) for t in types])
        words = [self.encoder.word(t) for t in types]
        m = len(words)
        ids = np.array([w[0] for w in words], dtype=np.intp)  # (M, ids)
        dense = np.array([w[2] for w in words], dtype=np.float32)  # (M, N_DENSE)
        lengths = np.array([len(w[1]) for w in words], dtype=np.intp)
        chars = np.zeros((m, int(lengths.max())), dtype=np.intp)
        for k, (_, cs, _) in enumerate(words):
            chars[k, : len(cs)] = cs
        rows = []
        for p, tables, conv_w in zip(self.ps, self._tables, self._conv_w):
            parts = [tab[ids[:, j]] for j, tab in enumerate(tables)]
            width = p["conv_w"].shape[2]
            n_win = lengths - width + 1  # character windows per type
            conv_out = np.zeros((m, conv_w.shape[1]), dtype=np.float32)  # an empty token: no window
            emb = p["char"][chars]  # (M, L, E)
            many = np.flatnonzero(n_win >= 2)
            if len(many):
                # the windows of every type with two or more, as one matrix product: (rows, width * E)
                span = int(n_win[many].max())
                at = np.arange(span)[:, None] + np.arange(width)[None, :]  # (span, width)
                win = emb[many][:, at].reshape(len(many) * span, -1)
                conv = (win @ conv_w).reshape(len(many), span, -1) + p["conv_b"]
                conv[np.arange(span)[None, :] >= n_win[many][:, None]] = -np.inf  # windows past a word's end
                conv_out[many] = np.maximum(conv.max(axis=1), 0.0)
            for k in np.flatnonzero(n_win == 1):
                # one window: a one-row product, as _vector computes it (BLAS rounds a single
                # row differently from a row of a larger product)
                conv = emb[k, :width].reshape(1, -1) @ conv_w + p["conv_b"]
                conv_out[k] = np.maximum(conv.max(axis=0), 0.0)
            parts += [conv_out, dense]
            rows.append(np.concatenate(parts, axis=1).astype(np.float32))
        return np.stack(rows, axis=1)

    def _vector(self, token: str) -> Any:
        import numpy as np

        ids, chars, dense = self.encoder.word(token)
        if self.lm is not None:
            self.lm.put(token, ids, chars, dense)
        dense_a = np.asarray(dense, dtype=np.float32)
        rows = []
        for p, tables, conv_w in zip(self.ps, self._tables, self._conv_w):
            parts = [tab[i] for tab, i in zip(tables, ids)]
            emb = p["char"][chars]  # (L, E)
            width = p["conv_w"].shape[2]
            if len(chars) >= width:
                windows = np.stack([emb[k: k + width].reshape(-1) for k in range(len(chars) - width + 1)])
                conv = windows @ conv_w + p["conv_b"]
                parts.append(np.maximum(conv.max(axis=0), 0.0))
            else:  # an empty token: no character window
                parts.append(np.zeros(p["conv_b"].shape, dtype=np.float32))
            parts.append(dense_a)
            if "sub" in p:
                parts.append(self._subword_vector(p["sub"], normalize(token)))
            rows.append(np.concatenate(parts).astype(np.float32))
        return np.stack(rows)

    def emissions(self, sentences: list[list[str]]) -> tuple[Any, Any]:
        """Per-token label scores of the first member: ``(scores (B, T, L), mask (B, T))``."""
        scores, mask = self.member_emissions(sentences)
        return scores[0], mask

    def member_emissions(self, sentences: list[list[str]]) -> tuple[Any, Any]:
        """Per-token label scores of a batch of non-empty sentences for every member:
        ``(scores (K, B, T, L), mask (B, T))``.

        Both directions run as forward recurrences over left-aligned sequences (the
        backward one over each sentence reversed), so padding never enters a state and
        no masking is needed inside the loop.
        """
        import numpy as np

        lengths = np.array([len(s) for s in sentences])
        b, t_max, h = len(sentences), int(lengths.max()), self.hidden
        k_dirs = 2 * len(self.ps)
        tokens = [w for s in sentences for w in s]
        # One token alone: its projection is a vector product (rounded differently from a
        # row of a larger one), so it is not taken from the per-type cache.
        projected = self._project_types and len(tokens) >= 2
        flat = None if projected else self._vectors(tokens)  # (N, K, D)
        if self._pos is not None:
            # POS ids depend on the sentence, so their embeddings join after the per-type cache.
            pos_ids = np.concatenate([np.asarray(x, dtype=np.int64) for x in self._pos(sentences)])
            flat = np.concatenate([flat, np.stack([p["pos"][pos_ids] for p in self.ps], axis=1)], axis=2)
        if self.lm is not None and self.lm_at == "input":
            # The frozen language model's states depend on the sentence, so they join after the cache too.
            st = self.lm.states(sentences)
            flat = np.concatenate([flat, np.broadcast_to(st[:, None], (st.shape[0], flat.shape[1], st.shape[1]))],
                                  axis=2)
        char_st = self.charlm.embed(sentences) if self.charlm is not None else None
        if char_st is not None and self.lm_at == "input":
            flat = np.concatenate(
                [flat, np.broadcast_to(char_st[:, None], (char_st.shape[0], flat.shape[1], char_st.shape[1]))], axis=2)
        rows = np.repeat(np.arange(b), lengths)
        cols = np.concatenate([np.arange(n) for n in lengths])
        rcols = np.repeat(lengths, lengths) - 1 - cols  # position in the reversed sentence
        mask = np.zeros((b, t_max), dtype=np.float32)
        mask[rows, cols] = 1.0
        # The recurrence holds the sentences longest first, so that at step t it computes only
        # the rows of sentences longer than t (a document's sentences padded to its longest
        # were 1.7 token steps for each real one on ANT).  Its rows never mix, and OpenBLAS
        # rounds a row of a product the same whatever the number of rows except one (a
        # vector product): at least two rows stay active, and the states are the padded
        # recurrence's bit for bit.
        order = np.argsort(-lengths, kind="stable")
        rank = np.empty(b, dtype=np.intp)
        rank[order] = np.arange(b)
        srows = rank[rows]  # each token's row in the recurrence
        active = np.maximum((lengths[order][None, :] > np.arange(t_max)[:, None]).sum(axis=1), min(2, b))
        # Input projections, time-major: (T, 2K, B, 4H); odd directions hold reversed sentences.
        n_dirs = k_dirs + 2 if self._lm_merged else k_dirs
        xin = np.zeros((t_max, n_dirs, b, 4 * h), dtype=np.float32)
        if projected:
            proj = self._projections(tokens)  # (N, 2K, 4H)
            # every direction's rows in one scatter: even directions at the token's position,
            # odd ones (reversed sentences) at its position from the end
            at = np.where(self._odd_dirs(k_dirs), rcols[:, None], cols[:, None])  # (N, 2K)
            xin[at, np.arange(k_dirs), srows[:, None]] = proj
        else:
            for d in range(k_dirs):
                xin[rcols if d % 2 else cols, d, srows] = flat[:, d // 2] @ self._wx[d] + self._b[d]
        if self._lm_merged:  # the language model's directions (its input projections are cached per type)
            xp = self.lm.inputs(tokens)
            xin[cols, k_dirs, srows] = xp[:, : 4 * h]
            xin[rcols, k_dirs + 1, srows] = xp[:, 4 * h:]
        out = lstm_scan(xin, self._wh, active)
        extra = []
        if self._lm_merged:
            extra = [out[cols, k_dirs, srows], out[rcols, k_dirs + 1, srows]]
        elif self.lm is not None and self.lm_at == "output":
            extra = [self.lm.states(sentences)]
        if char_st is not None and self.lm_at == "output":
            extra = [char_st]
        n_lab = self.p["out_b"].shape[0]
        scores = np.zeros((len(self.ps), b, t_max, n_lab), dtype=np.float32)
        for k, p in enumerate(self.ps):
            fwd = out[cols, 2 * k, srows]
            bwd = out[rcols, 2 * k + 1, srows]
            scores[k, rows, cols] = np.concatenate([fwd, bwd, *extra], axis=1) @ p["out_w"].T + p["out_b"]
        if self.o_bias:
            scores[:, rows, cols, 0] -= self.o_bias  # LABELS[0] == "O"
        return scores, mask

    @staticmethod
    @lru_cache(maxsize=4)
    def _odd_dirs(k_dirs: int) -> Any:
        """``(k_dirs,)`` booleans: which directions read their sentences reversed (the odd ones)."""
        import numpy as np

        return np.arange(k_dirs) % 2 == 1

    def crf(self) -> tuple[Any, Any, Any]:
        """The decoder's ``(transitions, start, end)`` scores: one network's own CRF, or for an
        ensemble the members' mean (float32), under which their mean emissions are decoded.
        Computed once (the weights do not change after loading): an ensemble's means were
        made again for every document."""
        import numpy as np

        if len(self.ps) == 1:
            p = self.p
            return p["trans"], p["start"], p["end"]
        if self._crf_means is None:
            self._crf_means = tuple(  # type: ignore[assignment]
                np.mean([p[n] for p in self.ps], axis=0).astype(np.float32) for n in ("trans", "start", "end")
            )
        return self._crf_means  # type: ignore[return-value]

    def decoder_scores(self, batch: list[list[str]]) -> Any:
        """The emissions ``(B, T, L)`` the decoder reads: one network's, or an ensemble's mean.

        An ensemble is one CRF over its members' mean emissions under their mean transitions
        (:meth:`crf`): out of fold over ANERcorp train, two seeds decoded so gained +0.53 F1 on
        seed 13 (4 of 5 folds) where the mean of their marginals gained +0.21 (3 of 5;
        BENCHMARKS.md, "ensemble out of fold")."""
        scores, _ = self.member_emissions(batch)
        return scores[0] if len(self.ps) == 1 else scores.mean(axis=0)

    def _probs(self, batch: list[list[str]]) -> tuple[Any, Any]:
        """Marginals ``(B, T, L)`` and Viterbi label paths ``(B, T)`` of the decoder's CRF."""
        lengths = [len(s) for s in batch]
        scores = self.decoder_scores(batch)
        crf = self.crf()
        return self.marginals(scores, lengths, crf=crf), viterbi_batch(scores, lengths, *crf)

    def tag_batch(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        """Viterbi labels and their marginal probabilities for each sentence."""
        import numpy as np

        todo = [i for i, s in enumerate(sentences) if s]
        result: list[list[tuple[str, float]]] = [[] for _ in sentences]
        if not todo:
            return result
        batch = [sentences[i] for i in todo]
        lengths = [len(s) for s in batch]
        probs, paths = self._probs(batch)
        for i, n, pr, path in zip(todo, lengths, probs, paths):
            ys = path[:n]
            result[i] = list(zip([LABELS[y] for y in ys], pr[np.arange(n), ys].tolist()))
        return result

    def marginals_batch(self, sentences: list[list[str]]) -> list[Any]:
        """Per sentence, the ``(n_tokens, len(LABELS))`` marginal probabilities."""
        import numpy as np

        todo = [i for i, s in enumerate(sentences) if s]
        result: list[Any] = [np.zeros((0, len(LABELS))) for _ in sentences]
        if todo:
            batch = [sentences[i] for i in todo]
            probs, _ = self._probs(batch)
            for i, sent, pr in zip(todo, batch, probs):
                result[i] = pr[: len(sent)]
        return result

    def marginals(self, scores: Any, lengths: list[int], member: int = 0, crf: tuple[Any, Any, Any] | None = None) -> Any:
        """Forward-backward marginals ``(B, T, L)`` of a member's CRF (or of ``crf``, a
        ``(transitions, start, end)`` triple) over padded emissions (entries past a sentence's
        end are filler).

        Runs in probability space with per-step normalisation (scaled forward-backward):
        a matrix product per step instead of a log-sum-exp over ``L x L``.  The sentences run
        longest first and a step computes only the rows still inside a sentence (at least
        two: OpenBLAS rounds a one-row product differently from a row of a larger one, and
        the padded computation this replaces had all rows).
        """
        import numpy as np

        b, t_max, n_lab = scores.shape
        lengths_a = np.asarray(lengths)
        order = np.argsort(-lengths_a, kind="stable")
        live = (lengths_a[order][None, :] > np.arange(t_max)[:, None]).sum(axis=1)
        keep = min(2, b)
        em = scores[order].astype(np.float64)
        em = np.exp(em - em.max(axis=2, keepdims=True))
        p = self.ps[member] if crf is None else dict(zip(("trans", "start", "end"), crf))
        trans = np.exp(p["trans"].astype(np.float64))
        end = np.exp(p["end"].astype(np.float64))
        alpha = np.zeros((b, t_max, n_lab))
        beta = np.empty((b, t_max, n_lab))
        beta[:] = end  # at and past a sentence's last token
        a = np.exp(p["start"].astype(np.float64)) * em[:, 0]
        alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
        for t in range(1, t_max):
            n = max(int(live[t]), keep)
            a = (alpha[:n, t - 1] @ trans) * em[:n, t]
            alpha[:n, t] = a / a.sum(axis=1, keepdims=True)
        for t in range(t_max - 2, -1, -1):
            m = int(live[t + 1])  # rows whose sentence goes on after t
            if not m:
                continue
            n = max(m, keep)
            nb = (em[:n, t + 1] * beta[:n, t + 1]) @ trans.T
            nb /= nb.sum(axis=1, keepdims=True)
            beta[:m, t] = nb[:m]
        mar = alpha * beta
        mar /= np.maximum(mar.sum(axis=2, keepdims=True), 1e-300)
        out = np.empty_like(mar)
        out[order] = mar
        return out


def viterbi_batch(scores: Any, lengths: list[int], trans: Any, start: Any, end: Any) -> Any:
    """Best label paths ``(B, T)`` of padded emissions (entries past a sentence's end are filler).

    The sentences are decoded longest first, so that step ``t`` reads and writes only the
    first rows (those still inside a sentence) instead of choosing between old and new
    values for every row; the paths are those of one sentence at a time."""
    import numpy as np

    b, t_max, n_lab = scores.shape
    lengths_a = np.asarray(lengths)
    order = np.argsort(-lengths_a, kind="stable")
    live = (lengths_a[order][None, :] > np.arange(t_max)[:, None]).sum(axis=1)  # rows inside a sentence at t
    sc = scores[order]
    delta = (start + sc[:, 0]).astype(np.result_type(start, sc, trans))
    back = np.empty((b, t_max, n_lab), dtype=np.int64)
    back[:] = np.arange(n_lab)  # past a sentence's end a label follows itself
    rows = np.arange(b)[:, None]
    labs = np.arange(n_lab)[None, :]
    for t in range(1, t_max):
        n = int(live[t])
        cand = delta[:n, :, None] + trans[None]
        arg = cand.argmax(axis=1)
        back[:n, t] = arg
        delta[:n] = cand[rows[:n], arg, labs] + sc[:n, t]
    y = (delta + end).argmax(axis=1)
    path = np.empty((b, t_max), dtype=np.int64)
    at = np.arange(b)
    for t in range(t_max - 1, 0, -1):
        path[:, t] = y
        y = back[at, t, y]
    path[:, 0] = y
    out = np.empty_like(path)
    out[order] = path
    return out


def viterbi(scores: Any, trans: Any, start: Any, end: Any) -> list[int]:
    """Best label path of one sentence's emissions ``(T, L)`` under the CRF transitions."""
    import numpy as np

    t_max = scores.shape[0]
    delta = start + scores[0]
    back = np.zeros((t_max, scores.shape[1]), dtype=np.int64)
    for t in range(1, t_max):
        cand = delta[:, None] + trans
        back[t] = cand.argmax(axis=0)
        delta = cand.max(axis=0) + scores[t]
    best = [int((delta + end).argmax())]
    for t in range(t_max - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def _bio_constraints() -> tuple[Any, Any]:
    """Log-space transition and start penalties that forbid ``I-X`` after anything but ``B-X``/``I-X``."""
    import numpy as np

    n = len(LABELS)
    trans = np.zeros((n, n))
    start = np.zeros(n)
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            start[j] = -1e9
            for i, prev in enumerate(LABELS):
                if prev[2:] != lab[2:]:
                    trans[i, j] = -1e9
    return trans, start


def decode_marginals(probs: Any) -> list[tuple[str, float]]:
    """The valid BIO path with the highest product of per-token probabilities.

    Args:
        probs: ``(n_tokens, len(LABELS))`` probabilities (e.g. averaged marginals).

    Returns:
        ``(label, its probability)`` per token.
    """
    import numpy as np

    trans, start = _bio_constraints()
    logp = np.log(np.maximum(probs, 1e-12))
    path = viterbi(logp, trans, start, np.zeros(len(LABELS)))
    return [(LABELS[y], float(probs[k, y])) for k, y in enumerate(path)]


def lstm_scan(xin: Any, wh: Any, active: Any = None) -> Any:
    """Run LSTM directions side by side over time: ``xin`` holds their input projections,
    time-major ``(T, D, B, 4H)`` (a direction that reads backwards holds its sentences
    reversed), ``wh`` their recurrent weights ``(D, H, 4H)``; returns the states ``(T, D, B, H)``.
    The cell-input gate was pre-scaled by 2 when the weights were exported, so
    tanh(x) = 2 * sigmoid(2x) - 1 and one sigmoid serves every gate.

    ``active`` (rows sorted longest first, as the character LMs of :mod:`kg.ner.charlm` run
    them): at step ``t`` only the first ``active[t]`` rows are computed, the states of the
    others are left unset (never read)."""
    import numpy as np

    t_max, n_dirs, b, h4 = xin.shape
    h = h4 // 4
    hs = np.zeros((n_dirs, b, h), dtype=np.float32)
    cs = np.zeros((n_dirs, b, h), dtype=np.float32)
    out = np.empty((t_max, n_dirs, b, h), dtype=np.float32)
    if active is None:
        for t in range(t_max):
            g = 1.0 / (1.0 + np.exp(-(xin[t] + np.matmul(hs, wh))))
            cs = g[..., h: 2 * h] * cs + g[..., :h] * (2.0 * g[..., 2 * h: 3 * h] - 1.0)
            hs = g[..., 3 * h:] * np.tanh(cs)
            out[t] = hs
        return out
    for t in range(t_max):
        n = int(active[t])
        g = np.matmul(hs[:, :n], wh)
        g += xin[t, :, :n]
        np.negative(g, out=g)
        np.exp(g, out=g)
        g += 1.0
        np.reciprocal(g, out=g)
        c = cs[:, :n]
        c *= g[..., h: 2 * h]
        c += g[..., :h] * (2.0 * g[..., 2 * h: 3 * h] - 1.0)
        hn = np.tanh(c)
        hn *= g[..., 3 * h:]
        hs[:, :n] = hn
        out[t, :, :n] = hn
    return out

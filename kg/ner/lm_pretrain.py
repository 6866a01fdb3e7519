"""Language-model pretraining of the neural tagger's encoder on unlabeled news (training only).

ULMFiT / Dai & Le style: the token inputs of :class:`kg.ner.neural.Encoder` (word
vector, training-word embedding, character CNN, clusters, shape, ...) and the
bidirectional LSTM of :mod:`kg.ner.neural_train` are trained on news sentences with a
forward language-model objective on the forward direction (its state at word ``t``
predicts word ``t + 1``) and a backward objective on the backward direction (word
``t - 1``).  Neither direction has read the word it predicts, so no masking is needed.

The target is the word's finest cluster id (2,000 clusters of the news vocabulary, plus
one class for words without a cluster) rather than the word itself: a softmax over
2,000 classes costs about as much as the LSTM, while one over the news vocabulary would
cost ten times more, and the clusters already group the distinctions NER needs (names,
places, titles, verbs of speech).

The network keeps the NER tagger's shape, so the pretrained weights simply initialise
:func:`kg.ner.neural_train.train` (its ``init`` argument) and the shipped model runs at
the same speed.  The vocabularies are those of the NER training sentences: news words
outside them share the unknown rows, so no dev or test word enters the model.
"""
from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.ner.neural import Encoder
from kg.ner.resources import Resources

#: Pretraining hyper-parameters (see BENCHMARKS.md, "NER").
LM_HPARAMS: dict[str, Any] = {
    "tokens": 1_000_000, "epochs": 1, "lr": 2e-3, "batch": 32, "dropout": 0.3,
    "word_dropout": 0.25, "clip": 5.0, "seed": 13, "level": 0, "min_len": 5, "max_len": 50,
    "transfer_lstm": True,
}
# "transfer_lstm": hand the LSTM's weights to the tagger too (else only the token
# inputs: character CNN, embeddings, word-vector projection; the LSTM is still trained
# here, as the context the language model needs).
#: Sentence-final punctuation used to cut news paragraphs into sentences.
_ENDS = frozenset({".", "!", "?", "؟", "؛"})
#: The encoder and LSTM parameters handed to the tagger (not the LM heads).
_HEADS = ("lm_fwd", "lm_bwd")


def news_sentences(
    path: Path, max_tokens: int, seed: int = 13, min_len: int = 5, max_len: int = 50,
) -> list[list[str]]:
    """Sentences of the unlabeled news (raw tokens, as the tagger sees them), from the
    articles in a fixed pseudo-random order, until ``max_tokens`` tokens are collected.

    Paragraphs are cut after sentence-final punctuation and into pieces of at most
    ``max_len`` tokens; pieces shorter than ``min_len`` are dropped.
    """
    from kg.ner import data
    from kg.ner.tokenize import tokenize

    texts = list(data.iter_articles(path))
    random.Random(seed).shuffle(texts)
    out: list[list[str]] = []
    total = 0
    for text in texts:
        # the shipped language model was pretrained on the older split of words with a
        # diacritic inside (kg.ner.tokenize): kept so that `kg train ner` reproduces it
        for piece in _pieces(text, functools.partial(tokenize, split_marked=True), max_len):
            if len(piece) >= min_len:
                out.append(piece)
                total += len(piece)
        if total >= max_tokens:
            break
    return out


def _pieces(text: str, tokenize: Callable[[str], list[tuple[int, int]]], max_len: int) -> Iterator[list[str]]:
    for line in text.split("\n"):
        cur: list[str] = []
        for s, e in tokenize(line):
            cur.append(line[s:e])
            if line[s:e] in _ENDS or len(cur) >= max_len:
                yield cur
                cur = []
        if cur:
            yield cur


class _Types:
    """Every word type's encoder inputs in arrays, so a batch is a gather."""

    def __init__(self, enc: Encoder, res: Resources, level: int) -> None:
        self.enc, self.res, self.level = enc, res, level
        self.index: dict[str, int] = {}
        self.rows: list[tuple[list[int], list[int], list[float], int]] = [([0] * 10, [2, 2, 2], [0.0] * 6, -100)]

    def ids(self, sent: Sequence[str]) -> list[int]:
        from kg.ner.arabic import normalize, split_proclitic

        out = []
        for t in sent:
            i = self.index.get(t)
            if i is None:
                ids, chars, dense = self.enc.word(t)
                n = normalize(t)
                cl = self.res.clusters.get(n)
                if cl is None:
                    cl = self.res.clusters.get(split_proclitic(n)[1])
                target = int(cl[self.level][1:]) + 1 if cl and len(cl) > self.level else 0
                i = self.index[t] = len(self.rows)
                self.rows.append((ids, chars, dense, target))
            out.append(i)
        return out

    def arrays(self) -> dict[str, Any]:
        import numpy as np

        n = len(self.rows)
        l_max = max(len(r[1]) for r in self.rows)
        chars = np.zeros((n, l_max), dtype=np.int64)
        for k, r in enumerate(self.rows):
            chars[k, : len(r[1])] = r[1]
        return {"ids": np.array([r[0] for r in self.rows], dtype=np.int64), "chars": chars,
                "char_len": np.array([len(r[1]) for r in self.rows], dtype=np.int64),
                "dense": np.array([r[2] for r in self.rows], dtype=np.float32),
                "target": np.array([r[3] for r in self.rows], dtype=np.int64)}


def pretrain(
    sentences: Sequence[list[str]],
    vocab: dict[str, list[str]],
    vectors: Any,
    res: Resources,
    hp: dict[str, Any] | None = None,
    lm_hp: dict[str, Any] | None = None,
    log: Callable[[str], None] = print,
) -> tuple[dict[str, Any], list[float]]:
    """Train the tagger's encoder and LSTM as a two-way language model.

    Args:
        sentences: raw token lists (e.g. :func:`news_sentences`).
        vocab: the tagger's vocabularies (:func:`kg.ner.neural_train.make_vocab` over the
            NER training sentences).
        vectors: the pretrained ``(V, D)`` word vectors of ``vocab["words"]``.
        res: the side tables (clusters, name scorer, gazetteer).
        hp: the tagger's hyper-parameters (sizes of its layers).
        lm_hp: pretraining options (:data:`LM_HPARAMS`).

    Returns:
        Parameter name -> numpy array for :func:`kg.ner.neural_train.train`'s ``init``
        (everything but the NER output and CRF layers), and the mean loss per predicted
        word of each epoch.
    """
    import numpy as np
    import torch

    from kg.ner import neural_train

    hp = {**neural_train.HPARAMS, **(hp or {})}
    lm = {**LM_HPARAMS, **(lm_hp or {})}
    if hp["pos_dim"] or hp["subword"]:
        raise ValueError("LM pretraining covers the default inputs only (no pos_dim / subword)")
    torch.set_num_threads(1)
    torch.manual_seed(lm["seed"])
    rng = random.Random(lm["seed"])
    enc = Encoder(vocab, res)
    table = np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float32), vectors.astype(np.float32)])
    net = neural_train._net(torch, neural_train.net_sizes(vocab, enc, res), table, {**hp, "dropout": lm["dropout"]})
    n_cls = max((int(c[lm["level"]][1:]) for c in res.clusters.values() if len(c) > lm["level"]), default=0) + 2
    net.lm_fwd = torch.nn.Linear(hp["hidden"], n_cls)
    net.lm_bwd = torch.nn.Linear(hp["hidden"], n_cls)
    types = _Types(enc, res, lm["level"])
    seqs = [np.asarray(types.ids(s), dtype=np.int64) for s in sentences if s]
    arr = {k: torch.from_numpy(v) for k, v in types.arrays().items()}
    log(f"LM pretraining: {len(seqs):,} sentences, {sum(map(len, seqs)):,} tokens, "
        f"{len(types.rows) - 1:,} word types, {n_cls} target classes")
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    batches = [order[i: i + lm["batch"]] for i in range(0, len(order), lm["batch"])]
    opt = torch.optim.Adam(net.parameters(), lr=lm["lr"])
    h = hp["hidden"]
    losses: list[float] = []
    for epoch in range(1, lm["epochs"] + 1):
        net.train()
        rng.shuffle(batches)
        total, count = 0.0, 0
        for bidx in batches:
            lengths = torch.tensor([len(seqs[i]) for i in bidx])
            idx = torch.zeros(len(bidx), int(lengths.max()), dtype=torch.long)
            for r, i in enumerate(bidx):
                idx[r, : len(seqs[i])] = torch.from_numpy(seqs[i])
            ids = arr["ids"][idx]
            if lm["word_dropout"]:
                drop = torch.rand(ids.shape[:2]) < lm["word_dropout"]
                ids[..., 1] = ids[..., 1].masked_fill(drop, 0)
            x = net.drop(net.token_inputs(ids, arr["chars"][idx], arr["char_len"][idx], arr["dense"][idx]))
            packed = torch.nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = net.lstm(packed)
            out, _ = torch.nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
            out = net.drop(out)
            tgt = arr["target"][idx]  # padding rows have target -100 (ignored)
            loss_f = torch.nn.functional.cross_entropy(
                net.lm_fwd(out[:, :-1, :h]).reshape(-1, n_cls), tgt[:, 1:].reshape(-1), reduction="sum")
            loss_b = torch.nn.functional.cross_entropy(
                net.lm_bwd(out[:, 1:, h:]).reshape(-1, n_cls), tgt[:, :-1].reshape(-1), reduction="sum")
            n = 2 * int((lengths - 1).sum())
            loss = (loss_f + loss_b) / n
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), lm["clip"])
            opt.step()
            total += float(loss.detach()) * n
            count += n
        losses.append(total / max(count, 1))
        log(f"LM epoch {epoch}: loss {losses[-1]:.3f} per predicted word")
    state = {k: v.detach().numpy().copy() for k, v in net.state_dict().items()
             if k != "vectors" and not k.startswith(_HEADS) and k not in ("trans", "start", "end")
             and not k.startswith("out.") and (lm["transfer_lstm"] or not k.startswith("lstm."))}
    return state, losses


def save(state: dict[str, Any], path: Path) -> None:
    """Write pretrained weights (:func:`pretrain`'s result) as an ``.npz``."""
    import numpy as np

    np.savez(path, **state)


def load(path: Path) -> dict[str, Any]:
    """Read weights written by :func:`save`."""
    import numpy as np

    with np.load(path) as z:
        return {k: z[k] for k in z.files}

"""Contextual string embeddings (Akbik et al. 2018, "Flair"): a frozen character language model's
states as an extra tagger input.

Two character-level LSTM language models are trained on the unlabeled news, one reading each
sentence forwards and one reading it backwards (:func:`pretrain`, torch, training only).  A
sentence is the string ``"\\n" + " ".join(normalised tokens) + "\\n"``; each language model
starts from a zero state at the sentence start and predicts the next character.  Frozen, they
give each token a ``2 H`` vector: the forward model's state after the token's last character
(it has read the sentence up to and including the word) and the backward model's state after
it has read (backwards) the token's first character (the rest of the sentence and the word).
The characters of an unseen name in its context are exactly what they model.

:class:`CharLM` is the numpy run time (``<lang>_nn_charlm.npz``): the input projection of
every character id is precomputed (a table lookup per character), and the sentences of a batch
and both directions run side by side in one recurrence (:func:`kg.ner.neural.lstm_scan`).
The tagger (:func:`kg.ner.neural_train.train` with ``hp["charlm"]``) reads the embeddings
computed by this same numpy code, so training and run time see identical inputs.
"""
from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: The run-time file next to ``<lang>_nn.npz``.
CHARLM_FILE = "{lang}_nn_charlm.npz"
#: Pretraining options (see BENCHMARKS.md, "contextual string embeddings").
CHARLM_HPARAMS: dict[str, Any] = {
    "tokens": 1_000_000, "hidden": 64, "emb": 32, "batch": 32, "lr": 2e-3, "dropout": 0.1,
    "clip": 1.0, "seed": 13, "min_count": 20, "min_len": 3, "max_len": 50, "max_seconds": 0,
}
# "tokens": news tokens read (kg.ner.lm_pretrain.news_sentences: articles in a fixed
# pseudo-random order, paragraphs cut at sentence ends and at "max_len" tokens);
# "max_seconds": stop after this much training time (0: no limit; makes the result depend
# on the machine, so only for exploration); "min_count": characters seen fewer times share
# the unknown id.
#: Sentence boundary character (start and end of every sentence string).
EDGE = "\n"


def sentence_string(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The string a character LM reads for a sentence and each token's ``(start, end)`` in it."""
    from kg.ner.arabic import normalize

    parts, spans, pos = [EDGE], [], 1
    for k, t in enumerate(tokens):
        n = normalize(t) or "_"
        if k:
            parts.append(" ")
            pos += 1
        parts.append(n)
        spans.append((pos, pos + len(n)))
        pos += len(n)
    parts.append(EDGE)
    return "".join(parts), spans


def char_vocab(strings: Sequence[str], min_count: int) -> list[str]:
    """Characters seen at least ``min_count`` times (ids 2, 3, ...; 0 padding, 1 unknown)."""
    counts: Counter[str] = Counter(c for s in strings for c in s)
    counts[EDGE] = max(counts[EDGE], min_count)
    return sorted(c for c, n in counts.items() if n >= min_count)


def _net(torch: Any, n_chars: int, hp: dict[str, Any]) -> Any:
    nn = torch.nn

    class Net(nn.Module):  # type: ignore[misc, name-defined]
        """Forward and backward character LMs (each: embedding, one-layer LSTM, softmax)."""

        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.ModuleList(nn.Embedding(n_chars + 2, hp["emb"]) for _ in range(2))
            self.lstm = nn.ModuleList(nn.LSTM(hp["emb"], hp["hidden"], batch_first=True) for _ in range(2))
            self.head = nn.ModuleList(nn.Linear(hp["hidden"], n_chars + 2) for _ in range(2))
            self.drop = nn.Dropout(hp["dropout"])

        def run(self, d: int, ids: Any) -> Any:
            """States ``(B, T, H)`` of direction ``d`` over left-aligned id sequences."""
            out, _ = self.lstm[d](self.emb[d](ids))
            return out

    return Net()


def _ids(s: str, index: dict[str, int]) -> list[int]:
    return [index.get(c, 1) for c in s]


def pretrain(
    sentences: Sequence[list[str]], hp: dict[str, Any] | None = None, log: Callable[[str], None] = print,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Train the forward and backward character LMs on token lists (e.g. news sentences).

    Returns:
        The run-time arrays (for :func:`save` / :class:`CharLM`) and a summary (characters
        trained on, loss per character of each direction, time).
    """
    import numpy as np
    import torch

    hp = {**CHARLM_HPARAMS, **(hp or {})}
    torch.set_num_threads(1)
    torch.manual_seed(hp["seed"])
    rng = random.Random(hp["seed"])
    strings = [sentence_string(s)[0] for s in sentences if s]
    chars = char_vocab(strings, hp["min_count"])
    index = {c: i + 2 for i, c in enumerate(chars)}
    seqs = [np.asarray(_ids(s, index), dtype=np.int64) for s in strings]
    n_total = sum(len(s) - 1 for s in seqs)
    log(f"char LM: {len(seqs):,} sentences, {n_total:,} characters, {len(chars)} character types")
    net = _net(torch, len(chars), hp)
    opt = torch.optim.Adam(net.parameters(), lr=hp["lr"])
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
    rng.shuffle(batches)
    t0 = time.process_time()
    tot = [0.0, 0.0]
    count = 0
    done = 0
    for b_no, bidx in enumerate(batches):
        t_max = max(len(seqs[i]) for i in bidx)
        fw = torch.zeros(len(bidx), t_max, dtype=torch.long)
        bw = torch.zeros(len(bidx), t_max, dtype=torch.long)
        for r, i in enumerate(bidx):
            fw[r, : len(seqs[i])] = torch.from_numpy(seqs[i])
            bw[r, : len(seqs[i])] = torch.from_numpy(seqs[i][::-1].copy())
        loss: Any = 0.0
        n = int((fw[:, 1:] > 0).sum())
        for d, ids in enumerate((fw, bw)):
            out = net.drop(net.run(d, ids[:, :-1]))
            tgt = ids[:, 1:].masked_fill(ids[:, 1:] == 0, -100)
            ld = torch.nn.functional.cross_entropy(net.head[d](out).reshape(-1, len(chars) + 2),
                                                   tgt.reshape(-1), reduction="sum")
            tot[d] += float(ld.detach())
            loss = loss + ld
        count += n
        opt.zero_grad()
        (loss / n).backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), hp["clip"])
        opt.step()
        done += 1
        if b_no % 200 == 0:
            log(f"  batch {b_no}/{len(batches)}: loss fwd {tot[0] / count:.3f} bwd {tot[1] / count:.3f} "
                f"per char, {time.process_time() - t0:.0f} CPU-s")
        if hp["max_seconds"] and time.process_time() - t0 > hp["max_seconds"]:
            break
    info = {"sentences": len(seqs), "batches": done, "of_batches": len(batches), "chars_trained": count,
            "loss": [round(tot[0] / max(count, 1), 4), round(tot[1] / max(count, 1), 4)],
            "cpu_s": round(time.process_time() - t0, 1), "char_types": len(chars)}
    log(f"char LM done: {info}")
    return export(net, chars), info


def export(net: Any, chars: Sequence[str]) -> dict[str, Any]:
    """The run-time arrays of a trained :func:`_net` (float32)."""
    import numpy as np
    import torch

    with torch.no_grad():
        arrays: dict[str, Any] = {"chars": np.array(list(chars))}
        for d in range(2):
            lstm = net.lstm[d]
            arrays[f"emb{d}"] = net.emb[d].weight.numpy().copy()
            arrays[f"wx{d}"] = lstm.weight_ih_l0.numpy().copy()
            arrays[f"wh{d}"] = lstm.weight_hh_l0.numpy().copy()
            arrays[f"b{d}"] = (lstm.bias_ih_l0 + lstm.bias_hh_l0).numpy().copy()
    return {k: (v if k == "chars" else v.astype(np.float32)) for k, v in arrays.items()}


def save(arrays: dict[str, Any], path: Path) -> None:
    import numpy as np

    np.savez(path, **arrays)


def load(path: Path) -> dict[str, Any]:
    import numpy as np

    with np.load(path) as z:
        return {k: z[k] for k in z.files}


class CharLM:
    """The numpy run time of the frozen character LMs (see the module docstring).

    Args:
        arrays: :func:`export`'s arrays (or a path to the ``.npz`` :func:`save` wrote).
    """

    def __init__(self, arrays: dict[str, Any] | Path) -> None:
        import numpy as np

        if not isinstance(arrays, dict):
            arrays = load(Path(arrays))
        self.arrays = arrays
        self.index = {str(c): i + 2 for i, c in enumerate(arrays["chars"].tolist())}
        self.hidden = int(arrays["wh0"].shape[1])
        h4 = 4 * self.hidden
        # As in NeuralTagger: the cell-input gate pre-scaled by 2 so one sigmoid serves all gates.
        scale = np.ones(h4, dtype=np.float32)
        scale[h4 // 2: 3 * h4 // 4] = 2.0
        #: Per direction, the input projection (plus bias) of every character id: ``(V, 4H)``.
        self._xtab = [((arrays[f"emb{d}"] @ arrays[f"wx{d}"].T) + arrays[f"b{d}"]) * scale for d in range(2)]
        self._wh = np.stack([(arrays[f"wh{d}"] * scale[:, None]).T for d in range(2)]).astype(np.float32)

    @property
    def dim(self) -> int:
        """Width of a token's embedding (``2 H``)."""
        return 2 * self.hidden

    def embed(self, sentences: Sequence[Sequence[str]]) -> Any:
        """The ``(N, 2H)`` embeddings of every token of the (non-empty) sentences, in reading order."""
        import numpy as np

        strs, spans = zip(*(sentence_string(s) for s in sentences))
        lengths = np.array([len(s) for s in strs])
        # Longest sentence first: at step t only the rows of sentences longer than t are computed.
        order = np.argsort(-lengths, kind="stable")
        slot = np.empty_like(order)
        slot[order] = np.arange(len(order))
        b, t_max, h = len(strs), int(lengths.max()), self.hidden
        index = self.index
        ids = np.array([index.get(c, 1) for s in strs for c in s], dtype=np.int64)
        rows = np.repeat(slot, lengths)
        cols = np.concatenate([np.arange(n) for n in lengths])
        rcols = np.repeat(lengths, lengths) - 1 - cols
        xin = np.zeros((t_max, 2, b, 4 * h), dtype=np.float32)
        xin[cols, 0, rows] = self._xtab[0][ids]
        xin[rcols, 1, rows] = self._xtab[1][ids]
        active = (lengths[order][None, :] > np.arange(t_max)[:, None]).sum(axis=1)
        from kg.ner.neural import lstm_scan

        out = lstm_scan(xin, self._wh, active)
        s_row = np.array([slot[r] for r, sp in enumerate(spans) for _ in sp], dtype=np.int64)
        start = np.array([a for sp in spans for a, _ in sp], dtype=np.int64)
        end = np.array([e for sp in spans for _, e in sp], dtype=np.int64)
        fwd = out[end - 1, 0, s_row]
        bwd = out[lengths[order][s_row] - 1 - start, 1, s_row]
        return np.concatenate([fwd, bwd], axis=1)


def torch_embed(net: Any, chars: Sequence[str], sentences: Sequence[Sequence[str]]) -> Any:
    """The same embeddings computed by torch from a :func:`_net` (for checking :class:`CharLM`)."""
    import numpy as np
    import torch

    index = {c: i + 2 for i, c in enumerate(chars)}
    out = []
    net.eval()
    with torch.no_grad():
        for toks in sentences:
            s, spans = sentence_string(toks)
            ids = torch.tensor([_ids(s, index)])
            f = net.run(0, ids)[0].numpy()
            bw = net.run(1, ids.flip(1))[0].numpy()
            n = len(s)
            out.append(np.stack([np.concatenate([f[e - 1], bw[n - 1 - a]]) for a, e in spans]))
    return np.concatenate(out)

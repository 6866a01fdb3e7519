"""TagLM (Peters et al. 2017): a frozen language model's hidden states as an extra tagger input.

The two-way language model of :mod:`kg.ner.lm_pretrain` (its own token inputs and its
forward / backward LSTM, trained on the unlabeled news) is run, frozen, over each
sentence; its forward and backward states (``2 x H_lm`` per token) are concatenated to
the tagger's token inputs, so the tagger's BiLSTM reads them next to the word, character
and cluster inputs.  (TagLM concatenates them to the output of its first of two BiLSTM
layers; kg's tagger has one layer, whose output only a linear layer reads, so they join
its input instead, where the tagger's LSTM can combine them with the token features.)

Training (:func:`kg.ner.neural_train.train` with ``hp["taglm"]`` and ``lm=``): the
language model's states of every training sentence are computed once (they never
change) and dropped out with ``hp["lm_dropout"]``.  Run time
(:class:`kg.ner.neural.NeuralTagger`): ``<lang>_nn_lm.npz`` holds the language model's
token tables and LSTM; :class:`FrozenLM` runs it in numpy, caching each word type's
input projection, so its cost is one more LSTM recurrence per sentence.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

#: The language model's parameters that the frozen network needs (token inputs and LSTM).
LM_FILE = "{lang}_nn_lm.npz"


def frozen_net(torch: Any, vocab: dict[str, list[str]], enc: Any, res: Any, table: Any,
               hp: dict[str, Any], state: dict[str, Any]) -> Any:
    """The language model as a torch module in eval mode with no trainable parameters.

    ``state``: :func:`kg.ner.lm_pretrain.pretrain`'s weights, LSTM included (``transfer_lstm``).
    """
    import numpy as np

    from kg.ner import neural_train

    if "lstm.weight_hh_l0" not in state:
        raise ValueError("TagLM needs the language model's LSTM (pretrain with transfer_lstm)")
    h_lm = int(np.asarray(state["lstm.weight_hh_l0"]).shape[1])
    lm_hp = {**hp, "hidden": h_lm, "pos_dim": 0, "subword": 0, "taglm": False}
    net = neural_train._net(torch, neural_train.net_sizes(vocab, enc, res), table, lm_hp)
    keys = {k for k in state if not k.startswith(("lm_fwd", "lm_bwd"))}
    missing = keys - set(net.state_dict())
    if missing:
        raise ValueError(f"language-model weights that the network does not have: {sorted(missing)}")
    net.load_state_dict({k: torch.from_numpy(np.asarray(state[k])) for k in keys}, strict=False)
    net.eval()
    for p in net.parameters():
        p.requires_grad_(False)
    return net


def states(torch: Any, lm_net: Any, items: list[Any], batch: int = 64) -> list[Any]:
    """The frozen language model's ``(T, 2 H_lm)`` states of each encoded sentence
    (:func:`kg.ner.neural_train._encode` items), as torch tensors."""
    from kg.ner import neural_train

    out: list[Any] = []
    for i in range(0, len(items), batch):
        chunk = items[i: i + batch]
        o = batch_states(torch, lm_net, neural_train._batch(torch, chunk, None))
        out.extend(o[r, : len(it[0])].clone() for r, it in enumerate(chunk))
    return out


def batch_states(torch: Any, lm_net: Any, bt: dict[str, Any]) -> Any:
    """The frozen language model's ``(B, T, 2 H_lm)`` states of a training batch
    (:func:`kg.ner.neural_train._batch`, after word dropout)."""
    with torch.no_grad():
        x = lm_net.token_inputs(bt["ids"], bt["chars"], bt["char_len"], bt["dense"])
        packed = torch.nn.utils.rnn.pack_padded_sequence(x, bt["lengths"], batch_first=True, enforce_sorted=False)
        o, _ = lm_net.lstm(packed)
        o, _ = torch.nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=x.shape[1])
    return o


def pad(torch: Any, rows: list[Any]) -> Any:
    """Stack ``(T_i, D)`` tensors into ``(B, T_max, D)`` with zero padding."""
    t_max = max(r.shape[0] for r in rows)
    out = torch.zeros(len(rows), t_max, rows[0].shape[1])
    for i, r in enumerate(rows):
        out[i, : r.shape[0]] = r
    return out


def export(lm_net: Any, path: Path) -> None:
    """Write the frozen language model's token tables and LSTM for :class:`FrozenLM`."""
    import numpy as np
    import torch

    with torch.no_grad():
        lstm = lm_net.lstm
        arrays = {
            "word": lm_net.proj(lm_net.vectors).numpy().astype(np.float16),
            "tword": lm_net.tword.weight.numpy(),
            "procl": lm_net.procl.weight.numpy(),
            **{f"cl{k}": e.weight.numpy() for k, e in enumerate(lm_net.cl)},
            "gaz": lm_net.gaz.weight.numpy(),
            "shape": lm_net.shape.weight.numpy(),
            "char": lm_net.char.weight.numpy(),
            "conv_w": lm_net.conv.weight.numpy(),
            "conv_b": lm_net.conv.bias.numpy(),
            "lstm_wx": np.stack([lstm.weight_ih_l0.numpy(), lstm.weight_ih_l0_reverse.numpy()]),
            "lstm_wh": np.stack([lstm.weight_hh_l0.numpy(), lstm.weight_hh_l0_reverse.numpy()]),
            "lstm_b": np.stack([(lstm.bias_ih_l0 + lstm.bias_hh_l0).numpy(),
                                (lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse).numpy()]),
        }
    np.savez(path, **{k: (v if k == "word" else v.astype(np.float32)) for k, v in arrays.items()})


class FrozenLM:
    """The numpy forward pass of the frozen language model (see the module docstring).

    Args:
        path: ``<lang>_nn_lm.npz`` written by :func:`export`.
        encoder: the tagger's :class:`kg.ner.neural.Encoder` (same vocabularies).
    """

    def __init__(self, path: Path, encoder: Any) -> None:
        import numpy as np

        with np.load(path) as z:
            p = {n: z[n] if n == "word" else z[n].astype(np.float32) for n in z.files}
        self.encoder = encoder
        self.hidden = p["lstm_wh"].shape[2]
        h4 = 4 * self.hidden
        # As in NeuralTagger: the cell-input gate pre-scaled by 2 so one sigmoid serves all gates.
        scale = np.ones(h4, dtype=np.float32)
        scale[h4 // 2: 3 * h4 // 4] = 2.0
        self._wx = np.concatenate([(p["lstm_wx"][d] * scale[:, None]).T for d in range(2)], axis=1)  # (D, 8H)
        self._b = np.concatenate([p["lstm_b"][d] * scale for d in range(2)])
        self._wh = (p["lstm_wh"] * scale[None, :, None]).transpose(0, 2, 1).copy()  # (2, H, 4H)
        self._tables = [p["word"], p["tword"], p["procl"]] + [p[f"cl{k}"] for k in range(5)] + [p["gaz"], p["shape"]]
        self._char, self._conv_b = p["char"], p["conv_b"]
        self._width = p["conv_w"].shape[2]
        self._conv_w = p["conv_w"].transpose(0, 2, 1).reshape(p["conv_w"].shape[0], -1).T.copy()
        #: word type -> its input projection of both directions ``(8H,)``.
        self._cache: dict[str, Any] = {}
        #: word types whose input vector awaits projection (done for all of them at once in :meth:`inputs`).
        self._raw: dict[str, Any] = {}

    def put(self, token: str, ids: list[int], chars: list[int], dense: list[float]) -> None:
        """Note a word type's input vector from its encoder inputs (computed once by the tagger);
        :meth:`inputs` projects the new types of a batch in one matrix product."""
        import numpy as np

        if token in self._cache or token in self._raw:
            return
        parts = [tab[i] for tab, i in zip(self._tables, ids)]
        emb = self._char[chars]
        w = self._width
        if len(chars) >= w:
            windows = np.stack([emb[k: k + w].reshape(-1) for k in range(len(chars) - w + 1)])
            parts.append(np.maximum((windows @ self._conv_w + self._conv_b).max(axis=0), 0.0))
        else:
            parts.append(np.zeros(self._conv_b.shape, dtype=np.float32))
        parts.append(np.asarray(dense, dtype=np.float32))
        self._raw[token] = np.concatenate(parts).astype(np.float32)

    def inputs(self, tokens: list[str]) -> Any:
        """The ``(N, 8H)`` input projections (forward then backward direction) of the tokens."""
        import numpy as np

        cache = self._cache
        new = [t for t in dict.fromkeys(tokens) if t not in cache]
        if new:
            for t in new:
                self.put(t, *self.encoder.word(t))
            proj = np.stack([self._raw.pop(t) for t in new]) @ self._wx + self._b
            if len(cache) + len(new) > 50_000:
                cache.clear()
            cache.update(zip(new, proj))
        return np.stack([cache[t] for t in tokens])

    def states(self, sentences: list[list[str]]) -> Any:
        """The ``(N, 2H)`` forward / backward states of every token of the (non-empty)
        sentences, in reading order (sentence by sentence)."""
        import numpy as np

        xp = self.inputs([w for s in sentences for w in s])
        lengths = np.array([len(s) for s in sentences])
        b, t_max, h = len(sentences), int(lengths.max()), self.hidden
        rows = np.repeat(np.arange(b), lengths)
        cols = np.concatenate([np.arange(n) for n in lengths])
        rcols = np.repeat(lengths, lengths) - 1 - cols
        xin = np.zeros((t_max, 2, b, 4 * h), dtype=np.float32)
        xin[cols, 0, rows] = xp[:, : 4 * h]
        xin[rcols, 1, rows] = xp[:, 4 * h:]
        from kg.ner.neural import lstm_scan

        out = lstm_scan(xin, self._wh)
        return np.concatenate([out[cols, 0, rows], out[rcols, 1, rows]], axis=1)

"""Train the BiLSTM-CRF of :mod:`kg.ner.neural` with torch (training only).

torch (CPU wheel) is needed here and nowhere else: the trained weights are written
as numpy arrays and :class:`kg.ner.neural.NeuralTagger` runs them.  Training is
deterministic on one thread (fixed seeds, fixed batch order).
"""
from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kg.ner.conll import Sentence
from kg.ner.neural import LABELS, N_DENSE, Encoder
from kg.ner.resources import Resources

#: Hyper-parameters, chosen on the Arabic dev split (BENCHMARKS.md, "NER").
HPARAMS: dict[str, Any] = {
    "word_proj": 64, "train_word_dim": 32, "min_train_count": 2, "char_dim": 24, "char_filters": 64,
    "cluster_dims": (24, 16, 16, 8, 8), "small_dim": 8, "hidden": 100, "dropout": 0.5,
    "word_dropout": 0.25, "lr": 2e-3, "batch": 16, "epochs": 30, "clip": 5.0, "seed": 13,
    "average_last": 0, "augment": 0.0, "augment_list": 0.5, "augment_types": ("PER", "LOC", "ORG"),
    "entity_dropout": 0.0,
    "silver": 0.0, "silver_weight": 1.0, "pos_dim": 0, "subword": 0, "segment": False,
    "init_lr_scale": 1.0, "taglm": False, "lm_dropout": None,
    "lm_online": False, "charlm": False,
    "pre_epochs": 0, "pre_reset": False, "pre_lr": None,
    "distil": 0.0, "distil_news": 0.0,
}
# "augment": the share of training sentences copied with names of "augment_types" replaced in each
# epoch (kg.ner.augment; "augment_list": the share of replacements from ANETAC's lists);
# "entity_dropout": the word dropout of entity tokens (in place of "word_dropout");
# "subword": projection size of the fastText-style subword vector (0: no such input;
# needs the n-gram table, see kg.ner.subword); "segment": clitic segmentation of the
# character CNN's and the word vector's input (see kg.ner.neural.Encoder);
# "init_lr_scale": learning-rate factor of the layers given by ``init`` (pretrained);
# "taglm": the frozen language model's states (``lm=``) as an extra input (kg.ner.taglm),
# dropped out with "lm_dropout" (None: "dropout"): True / "input" joins them to the LSTM's
# input, "output" to its output (read by the emission layer); "lm_online": compute them
# per batch from the word-dropped-out inputs (else once per training sentence, from all words);
# "charlm": the frozen character LMs' contextual string embeddings (``charlm=``; kg.ner.charlm)
# as an extra input, dropped out with "lm_dropout": True / "input" at the LSTM's input,
# "output" at its output (not combinable with "taglm");
# "pre_epochs": epochs of a first stage on other labelled sentences (``pre=``, e.g. the
# Wikipedia corpora of kg.ner.wiki) before the usual schedule on ``train_sents`` (the optimiser
# starts afresh after it; its own learning rate "pre_lr", None: "lr"); "pre_reset": True, the output
# layer and the CRF transitions start afresh after the first stage too; "lstm", the BiLSTM as well;
# "distil": weight of the KL divergence from a teacher's marginals (``teacher=``, an ensemble:
# kg.ner.distil) to the network's own CRF marginals, added to the loss of every sentence (0: off);
# "distil_news": news sentences (``unlabeled=``) drawn per epoch as a share of the training
# sentences, which carry that KL term alone.


def make_vocab(
    train: Sequence[Sentence], vector_words: Sequence[str], min_train_count: int = 2
) -> dict[str, list[str]]:
    """The id tables of :class:`kg.ner.neural.Encoder` (pretrained words, training words,
    characters, shapes), in a stable order."""
    from kg.ner.arabic import normalize
    from kg.ner.neural import _shape

    counts: Counter[str] = Counter(normalize(w) for toks, _ in train for w in toks)
    chars: Counter[str] = Counter(c for w, n in counts.items() for c in w for _ in range(n))
    shapes: Counter[str] = Counter(_shape(w) for toks, _ in train for w in toks)
    return {
        "words": list(vector_words),
        "train_words": sorted(w for w, c in counts.items() if c >= min_train_count),
        "chars": sorted(c for c, n in chars.items() if n >= 2),
        "shapes": sorted(s for s, n in shapes.items() if n >= 3),
    }


def net_sizes(vocab: dict[str, list[str]], enc: Encoder, res: Resources) -> dict[str, int]:
    """Embedding table sizes of :func:`_net` for a vocabulary and side tables."""
    sizes = {"train_words": len(vocab["train_words"]), "chars": len(vocab["chars"]),
             "shapes": len(vocab["shapes"]), "procl": len(enc._procl), "gaz": 2,
             "pos": len(vocab.get("pos", []))}
    for k in range(5):
        ids = [int(c[k][1:]) for c in res.clusters.values() if len(c) > k]
        sizes[f"cl{k}"] = max(ids) + 1 if ids else 1
    return sizes


def _net(torch: Any, sizes: dict[str, int], vectors: Any, hp: dict[str, Any], sub_dim: int = 0) -> Any:
    nn = torch.nn

    class Net(nn.Module):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("vectors", torch.from_numpy(vectors))
            self.proj = nn.Linear(vectors.shape[1], hp["word_proj"])
            self.tword = nn.Embedding(sizes["train_words"] + 1, hp["train_word_dim"])
            self.procl = nn.Embedding(sizes["procl"] + 1, hp["small_dim"])
            self.cl = nn.ModuleList(
                nn.Embedding(sizes[f"cl{k}"] + 2, d) for k, d in enumerate(hp["cluster_dims"]))
            self.gaz = nn.Embedding(sizes["gaz"] + 2, hp["small_dim"])
            self.shape = nn.Embedding(sizes["shapes"] + 1, hp["small_dim"])
            self.char = nn.Embedding(sizes["chars"] + 3, hp["char_dim"])
            self.conv = nn.Conv1d(hp["char_dim"], hp["char_filters"], 3)
            dim = (hp["word_proj"] + hp["train_word_dim"] + 3 * hp["small_dim"]
                   + sum(hp["cluster_dims"]) + hp["char_filters"] + N_DENSE + hp["pos_dim"])
            if hp["pos_dim"]:
                self.pos = nn.Embedding(sizes["pos"] + 1, hp["pos_dim"])
            if hp["subword"]:
                # Linear without bias: the projection of a mean of n-gram rows is the mean
                # of the projected rows, so the exported table holds projected rows.
                self.sub = nn.Linear(sub_dim, hp["subword"], bias=False)
                dim += hp["subword"]
            self.drop = nn.Dropout(hp["dropout"])
            #: TagLM: width of the frozen language model's states joining the input (kg.ner.taglm).
            self.lm_dim = int(hp.get("_lm_dim", 0))
            #: where they join: the LSTM's input ("input"), or its output, next to the
            #: tagger's own states, read by the emission layer ("output").
            self.lm_at = "output" if "output" in (hp.get("taglm"), hp.get("charlm")) else "input"
            if self.lm_dim:
                if self.lm_at == "input":
                    dim += self.lm_dim
                self.lm_drop = nn.Dropout(hp["dropout"] if hp.get("lm_dropout") is None else hp["lm_dropout"])
            self.lstm = nn.LSTM(dim, hp["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hp["hidden"] + (self.lm_dim if self.lm_at == "output" else 0), len(LABELS))
            n = len(LABELS)
            self.trans = nn.Parameter(torch.zeros(n, n))
            self.start = nn.Parameter(torch.zeros(n))
            self.end = nn.Parameter(torch.zeros(n))

        def token_inputs(self, ids: Any, chars: Any, char_len: Any, dense: Any, upos: Any = None,
                         sub: Any = None) -> Any:
            word = self.proj(self.vectors[ids[..., 0]])
            parts = [word, self.tword(ids[..., 1]), self.procl(ids[..., 2])]
            parts += [emb(ids[..., 3 + k]) for k, emb in enumerate(self.cl)]
            parts += [self.gaz(ids[..., 8]), self.shape(ids[..., 9])]
            shp = chars.shape  # (B, T, L)
            ce = self.char(chars.view(-1, shp[-1])).transpose(1, 2)  # (N, E, L)
            conv = self.conv(ce)  # (N, F, L - 2)
            pos = torch.arange(conv.shape[2]).view(1, 1, -1)
            valid = pos < (char_len.view(-1, 1, 1) - 2)
            conv = conv.masked_fill(~valid, -1e4).max(dim=2).values.clamp(min=0.0)
            parts.append(conv.view(shp[0], shp[1], -1))
            parts.append(dense)
            if sub is not None:
                parts.append(self.sub(sub))
            if upos is not None:
                parts.append(self.pos(upos))
            return torch.cat(parts, dim=-1)

        def emissions(self, ids: Any, chars: Any, char_len: Any, dense: Any, lengths: Any,
                      upos: Any = None, sub: Any = None, lm: Any = None) -> Any:
            x = self.drop(self.token_inputs(ids, chars, char_len, dense, upos, sub))
            if lm is not None and self.lm_at == "input":
                x = torch.cat([x, self.lm_drop(lm)], dim=-1)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
            out = self.drop(out)
            if lm is not None and self.lm_at == "output":
                out = torch.cat([out, self.lm_drop(lm)], dim=-1)
            return self.out(out)

        def nll(self, em: Any, tags: Any, mask: Any, weight: Any = None) -> Any:
            b, t_max, _ = em.shape
            ar = torch.arange(b)
            score = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            alpha = self.start + em[:, 0]
            for t in range(1, t_max):
                m = mask[:, t]
                step = self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]
                score = score + step * m
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
                alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
            last = tags[ar, mask.sum(1).long() - 1]
            score = score + self.end[last]
            z = torch.logsumexp(alpha + self.end, dim=1)
            if weight is not None:
                return ((z - score) * weight).sum()
            return (z - score).sum()

    return Net()


def _encode(
    enc: Encoder, sents: Sequence[list[str]], cache: dict[str, Any] | None = None,
    pos: Callable[[Sequence[list[str]]], list[list[int]]] | None = None, sub_table: Any = None,
) -> list[tuple[Any, ...]]:
    """Per sentence ``(word ids, char ids, dense)``, plus ``(POS ids or None, subword
    vectors (T, D) or None)`` when ``pos`` or ``sub_table`` (the fastText n-gram table) is given."""
    cache = {} if cache is None else cache
    out: list[tuple[Any, ...]] = []
    pos_ids = pos(sents) if pos is not None else None
    for k, toks in enumerate(sents):
        rows = []
        for t in toks:
            r = cache.get(t)
            if r is None:
                r = enc.word(t)
                if sub_table is not None:
                    from kg.ner.arabic import normalize
                    from kg.ner.subword import subword_vectors

                    r = (*r, subword_vectors(sub_table, [normalize(t)])[0])
                cache[t] = r
            rows.append(r)
        item: tuple[Any, ...] = ([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
        if pos_ids is not None or sub_table is not None:
            import numpy as np

            item = (*item, pos_ids[k] if pos_ids is not None else None,
                    np.stack([r[3] for r in rows]) if sub_table is not None else None)
        out.append(item)
    return out


def _batch(torch: Any, items: list[Any], tags: list[list[int]] | None) -> dict[str, Any]:
    b = len(items)
    t_max = max(len(it[0]) for it in items)
    l_max = max(len(c) for it in items for c in it[1])
    ids = torch.zeros(b, t_max, len(items[0][0][0]), dtype=torch.long)
    chars = torch.zeros(b, t_max, l_max, dtype=torch.long)
    char_len = torch.full((b, t_max), 3, dtype=torch.long)
    dense = torch.zeros(b, t_max, N_DENSE)
    mask = torch.zeros(b, t_max)
    y = torch.zeros(b, t_max, dtype=torch.long)
    pos = torch.zeros(b, t_max, dtype=torch.long) if len(items[0]) > 3 and items[0][3] is not None else None
    sub = torch.zeros(b, t_max, items[0][4].shape[1]) if len(items[0]) > 4 and items[0][4] is not None else None
    for i, (wi, ch, de, *rest) in enumerate(items):
        n = len(wi)
        if sub is not None:
            sub[i, :n] = torch.from_numpy(rest[1])
        ids[i, :n] = torch.tensor(wi)
        dense[i, :n] = torch.tensor(de)
        mask[i, :n] = 1
        for k, c in enumerate(ch):
            chars[i, k, : len(c)] = torch.tensor(c)
            char_len[i, k] = len(c)
        if tags is not None:
            y[i, :n] = torch.tensor(tags[i])
        if pos is not None:
            pos[i, :n] = torch.tensor(rest[0])
    return {"ids": ids, "chars": chars, "char_len": char_len, "dense": dense, "mask": mask,
            "lengths": mask.sum(1).long(), "tags": y, "pos": pos, "sub": sub}


def export(net: Any, vocab: dict[str, list[str]], out_dir: Path, lang: str) -> None:
    """Write ``<lang>_nn.npz`` and ``<lang>_nn_vocab.json.gz`` for :class:`NeuralTagger`."""
    import numpy as np
    import torch

    with torch.no_grad():
        word = net.proj(net.vectors).numpy().astype(np.float16)
        lstm = net.lstm
        arrays = {
            "word": word,
            "tword": net.tword.weight.numpy(),
            "procl": net.procl.weight.numpy(),
            **{f"cl{k}": e.weight.numpy() for k, e in enumerate(net.cl)},
            "gaz": net.gaz.weight.numpy(),
            "shape": net.shape.weight.numpy(),
            "char": net.char.weight.numpy(),
            "conv_w": net.conv.weight.numpy(),
            "conv_b": net.conv.bias.numpy(),
            "lstm_wx": np.stack([lstm.weight_ih_l0.numpy(), lstm.weight_ih_l0_reverse.numpy()]),
            "lstm_wh": np.stack([lstm.weight_hh_l0.numpy(), lstm.weight_hh_l0_reverse.numpy()]),
            "lstm_b": np.stack([(lstm.bias_ih_l0 + lstm.bias_hh_l0).numpy(),
                                (lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse).numpy()]),
            "out_w": net.out.weight.numpy(),
            "out_b": net.out.bias.numpy(),
            "trans": net.trans.numpy(),
            "start": net.start.numpy(),
            "end": net.end.numpy(),
        }
        if hasattr(net, "pos"):
            arrays["pos"] = net.pos.weight.numpy()
    arrays = {k: (v if k == "word" else v.astype(np.float32)) for k, v in arrays.items()}
    # np.savez writes zip entries with a fixed timestamp, so equal weights give equal bytes.
    np.savez(out_dir / f"{lang}_nn.npz", **arrays)
    if getattr(net, "sub_table", None) is not None:
        with torch.no_grad():
            w = net.sub.weight.numpy().astype(np.float32)
        # The n-gram table through the learned projection, in its own file (it would
        # take <lang>_nn.npz past the 25 MB a shipped file may have).
        np.savez(out_dir / f"{lang}_nn_sub.npz", sub=(net.sub_table @ w.T).astype(np.float16))
    else:  # a stale table of an earlier model would be read as this one's input
        (out_dir / f"{lang}_nn_sub.npz").unlink(missing_ok=True)
    if getattr(net, "frozen_lm", None) is None:  # likewise a stale frozen language model (kg.ner.taglm)
        (out_dir / f"{lang}_nn_lm.npz").unlink(missing_ok=True)
    if getattr(net, "charlm_rt", None) is None:  # and stale character LMs (kg.ner.charlm)
        (out_dir / f"{lang}_nn_charlm.npz").unlink(missing_ok=True)
    payload = json.dumps(vocab, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with (out_dir / f"{lang}_nn_vocab.json.gz").open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(payload)


def train(
    train_sents: Sequence[Sentence],
    vector_words: Sequence[str],
    vectors: Any,
    res: Resources,
    out_dir: Path,
    lang: str = "ar",
    hp: dict[str, Any] | None = None,
    dev: Callable[[Path, int], float] | None = None,
    log: Callable[[str], None] = print,
    name_lists: dict[str, list[str]] | None = None,
    silver: Sequence[Sentence] | None = None,
    sub_table: Any = None,
    init: dict[str, Any] | None = None,
    lm: dict[str, Any] | None = None,
    charlm: dict[str, Any] | None = None,
    pre: Sequence[Sentence] | None = None,
    teacher: Callable[[Sequence[list[str]]], list[Any]] | None = None,
    unlabeled: Sequence[list[str]] | None = None,
) -> dict[str, Any]:
    """Train the network on ``train_sents`` and export it to ``out_dir``.

    Args:
        vector_words / vectors: the pretrained vocabulary and its ``(V, D)`` float32
            vectors (row ``i`` is word ``i``; a zero row for unknown words is added).
        res: the side tables the encoder reads (clusters, names, gazetteer).
        dev: optional callback ``(out_dir, epoch) -> F1`` called after each epoch on
            the exported model; the best epoch's weights are the ones left in ``out_dir``
            (unless ``hp["average_last"]`` asks for the mean of the last epochs).
        name_lists: type (``PER``, ``LOC``, ``ORG``) -> names for the substitution
            augmentation (:mod:`kg.ner.augment`; used when ``hp["augment"]`` > 0, the
            fraction of name-bearing sentences copied with new names in each epoch).
            Only the weights learn from them; no list is written out.
        silver: machine-tagged sentences for self-training (:mod:`kg.ner.selftrain`);
            when ``hp["silver"]`` > 0, each epoch adds ``hp["silver"] * len(train_sents)``
            of them drawn at random (fixed seed), their loss scaled by
            ``hp["silver_weight"]``.  The vocabularies come from ``train_sents`` only.
        sub_table: the fastText n-gram table ``(buckets, D)`` (:mod:`kg.ner.subword`),
            needed when ``hp["subword"]`` > 0; exported projected as ``<lang>_nn_sub.npz``.
        init: starting weights for part of the network (parameter name -> array), e.g. the
            encoder and LSTM of :func:`kg.ner.lm_pretrain.pretrain`; the vocabularies must be
            the ones :func:`make_vocab` builds from ``train_sents``.
        lm: the language model's weights (:func:`kg.ner.lm_pretrain.pretrain`, LSTM
            included) whose frozen states are an extra input when ``hp["taglm"]``
            (:mod:`kg.ner.taglm`; written as ``<lang>_nn_lm.npz``).
        charlm: the character LMs' arrays (:func:`kg.ner.charlm.pretrain`) whose frozen
            embeddings are an extra input when ``hp["charlm"]`` (written as ``<lang>_nn_charlm.npz``).
        pre: labelled sentences of a first training stage of ``hp["pre_epochs"]`` epochs
            (:mod:`kg.ner.wiki`); the vocabularies still come from ``train_sents`` only.
        teacher: sentences -> the teacher's marginals ``(len(sentence), len(LABELS))`` per
            sentence (e.g. :func:`kg.ner.distil.teacher_marginals` of an ensemble), called once
            on the training sentences and once on ``unlabeled``; needed when ``hp["distil"]`` > 0.
        unlabeled: news sentences (raw tokens; :func:`kg.ner.distil.news_pool`) of which
            ``hp["distil_news"] * len(train_sents)`` join each epoch with the KL term only.

    Returns:
        ``{"epochs": trained, "best_epoch": ..., "dev": [F1 per epoch]}``.
    """
    import numpy as np

    try:
        import torch
    except ImportError:
        from kg.errors import ModelError

        raise ModelError(
            "training the Arabic neural tagger needs torch; install the CPU wheel "
            "(pip install torch --index-url https://download.pytorch.org/whl/cpu)"
        ) from None
    hp = {**HPARAMS, **(hp or {})}
    torch.set_num_threads(1)
    torch.manual_seed(hp["seed"])
    rng = random.Random(hp["seed"])
    vocab = make_vocab(train_sents, vector_words, hp["min_train_count"])
    pos_fn = None
    if hp["pos_dim"]:
        from kg.ner.posfeat import UPOS, PosIds

        vocab["pos"] = list(UPOS)
        pos_fn = PosIds(UPOS, lang)
    if hp["segment"]:
        vocab["flags"] = ["segment"]
    if hp["subword"] and sub_table is None:
        raise ValueError('hp["subword"] needs the n-gram table (sub_table); see kg.ner.subword')
    if not hp["subword"]:
        sub_table = None
    enc = Encoder(vocab, res)
    table = np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float32), vectors.astype(np.float32)])
    lm_net = None
    if hp["taglm"]:
        from kg.ner import taglm

        if lm is None:
            raise ValueError('hp["taglm"] needs the language model\'s weights (lm=)')
        if hp["augment"] or hp["silver"] or hp["pos_dim"] or hp["subword"]:
            raise ValueError('hp["taglm"] does not combine with augment / silver / pos_dim / subword')
        lm_net = taglm.frozen_net(torch, vocab, enc, res, table, hp, lm)
        hp = {**hp, "_lm_dim": 2 * lm_net.lstm.hidden_size}
    char_rt = None
    if hp["charlm"]:
        from kg.ner import charlm as charlm_mod

        if charlm is None:
            raise ValueError('hp["charlm"] needs the character LMs\' arrays (charlm=)')
        if hp["taglm"] or hp["augment"] or hp["silver"] or hp["pos_dim"] or hp["subword"]:
            raise ValueError('hp["charlm"] does not combine with taglm / augment / silver / pos_dim / subword')
        char_rt = charlm_mod.CharLM(charlm)
        hp = {**hp, "_lm_dim": char_rt.dim}
    net = _net(torch, net_sizes(vocab, enc, res), table, hp, 0 if sub_table is None else sub_table.shape[1])
    net.sub_table = sub_table
    # Not a submodule (its weights stay out of the optimiser and the exported arrays).
    net.__dict__["frozen_lm"] = lm_net
    net.__dict__["charlm_rt"] = char_rt
    if init is not None:
        # A language-model-pretrained encoder (kg.ner.lm_pretrain): same shapes, the
        # NER output and CRF layers stay freshly initialised.
        missing = set(init) - set(net.state_dict())
        if missing:
            raise ValueError(f"pretrained weights that the network does not have: {sorted(missing)}")
        net.load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in init.items()}, strict=False)
    if init is not None and hp["init_lr_scale"] != 1.0:
        named = list(net.named_parameters())
        opt = torch.optim.Adam([
            {"params": [p for k, p in named if k in init], "lr": hp["lr"] * hp["init_lr_scale"]},
            {"params": [p for k, p in named if k not in init], "lr": hp["lr"]}])
    else:
        opt = torch.optim.Adam(net.parameters(), lr=hp["lr"])
    cache: dict[str, Any] = {}
    items = _encode(enc, [t for t, _ in train_sents], cache, pos_fn, sub_table)
    lm_states: list[Any] = []
    if lm_net is not None:
        if not hp["lm_online"]:
            lm_states = taglm.states(torch, lm_net, items)  # fixed: computed once
        taglm.export(lm_net, out_dir / taglm.LM_FILE.format(lang=lang))
    if char_rt is not None:
        # The embeddings never change: computed once per training sentence, by the run-time code.
        lm_states = charlm_states(torch, char_rt, [t for t, _ in train_sents])
        charlm_mod.save(char_rt.arrays, out_dir / charlm_mod.CHARLM_FILE.format(lang=lang))
    tags = [[LABELS.index(y) for y in g] for _, g in train_sents]
    pool = None
    if hp["augment"]:
        from kg.ner import augment

        pool = augment.pools(train_sents, name_lists)
        aug_rng = random.Random(hp["seed"] + 1)
    silver_items: list[Any] = []
    if silver and hp["silver"]:
        silver_items = _encode(enc, [t for t, _ in silver], cache, pos_fn, sub_table)
        silver_tags = [[LABELS.index(y) for y in g] for _, g in silver]
        silver_rng = random.Random(hp["seed"] + 2)
        n_silver = min(len(silver_items), round(hp["silver"] * len(items)))
    if pre and hp["pre_epochs"]:
        if lm_net is not None or char_rt is not None or pos_fn is not None or sub_table is not None:
            raise ValueError('hp["pre_epochs"] does not combine with taglm / charlm / pos_dim / subword')
        opt = _pre_stage(torch, net, enc, pre, hp, cache, log)
    distil = float(hp["distil"])
    q_train: list[Any] = []
    news_items: list[Any] = []
    if distil:
        if teacher is None:
            raise ValueError('hp["distil"] needs the teacher\'s marginals (teacher=); see kg.ner.distil')
        if hp["augment"] or hp["silver"] or lm_net is not None or char_rt is not None:
            raise ValueError('hp["distil"] does not combine with augment / silver / taglm / charlm')
        from kg.ner import distil as distil_mod

        q_train = teacher([t for t, _ in train_sents])
        if unlabeled and hp["distil_news"]:
            news_items = _encode(enc, list(unlabeled), cache, pos_fn, sub_table)
            q_news = teacher(list(unlabeled))
            news_rng = random.Random(hp["seed"] + 4)
            n_news = min(len(news_items), round(hp["distil_news"] * len(items)))
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
    history: list[float] = []
    best, best_state = -1.0, None
    averaged: dict[str, Any] = {}
    for epoch in range(1, hp["epochs"] + 1):
        net.train()
        ep_items, ep_tags = items, tags
        if pool is not None:
            subset = [s for s in train_sents if aug_rng.random() < hp["augment"]]
            extra = augment.substitute(subset, pool, aug_rng, p_list=hp["augment_list"],
                                       types=tuple(hp["augment_types"]))
            ep_items = items + _encode(enc, [t for t, _ in extra], cache, pos_fn, sub_table)
            ep_tags = tags + [[LABELS.index(y) for y in g] for _, g in extra]
            order = sorted(range(len(ep_items)), key=lambda i: len(ep_items[i][0]))
            batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
        n_gold = len(ep_items)
        if silver_items:
            pick = silver_rng.sample(range(len(silver_items)), n_silver)
            ep_items = ep_items + [silver_items[i] for i in pick]
            ep_tags = ep_tags + [silver_tags[i] for i in pick]
            order = sorted(range(len(ep_items)), key=lambda i: len(ep_items[i][0]))
            batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
        ep_q = q_train
        if news_items:
            pick = news_rng.sample(range(len(news_items)), n_news)
            ep_items = ep_items + [news_items[i] for i in pick]
            ep_tags = ep_tags + [[0] * len(news_items[i][0]) for i in pick]
            ep_q = q_train + [q_news[i] for i in pick]
            order = sorted(range(len(ep_items)), key=lambda i: len(ep_items[i][0]))
            batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
        # Without augmentation the batches are reshuffled in place each epoch (as the shipped model was trained).
        rng.shuffle(batches)
        total = 0.0
        for bidx in batches:
            bt = _batch(torch, [ep_items[i] for i in bidx], [ep_tags[i] for i in bidx])
            if hp["word_dropout"] or hp["entity_dropout"]:
                p_drop = torch.full(bt["ids"].shape[:2], float(hp["word_dropout"]))
                if hp["entity_dropout"]:
                    p_drop = torch.where(bt["tags"] > 0, torch.tensor(float(hp["entity_dropout"])), p_drop)
                drop = torch.rand(bt["ids"].shape[:2]) < p_drop
                bt["ids"][..., 1] = bt["ids"][..., 1].masked_fill(drop, 0)
            lm_b = None
            if lm_states:
                from kg.ner import taglm

                lm_b = taglm.pad(torch, [lm_states[i] for i in bidx])
            elif lm_net is not None:  # "lm_online": the language model reads the word-dropped-out ids too
                lm_b = taglm.batch_states(torch, lm_net, bt)
            em = net.emissions(bt["ids"], bt["chars"], bt["char_len"], bt["dense"], bt["lengths"], bt["pos"],
                               bt["sub"], lm_b)
            weight = None
            if silver_items and hp["silver_weight"] != 1.0:
                weight = torch.tensor([1.0 if i < n_gold else float(hp["silver_weight"]) for i in bidx])
            if news_items:  # news sentences have no gold labels: the KL term alone
                weight = torch.tensor([1.0 if i < n_gold else 0.0 for i in bidx])
            loss = net.nll(em, bt["tags"], bt["mask"], weight)
            if distil:
                log_p = distil_mod.crf_log_marginals(torch, em, bt["mask"], net.trans, net.start, net.end)
                q = distil_mod.pad_targets(torch, [ep_q[i] for i in bidx], em.shape[1], em.shape[2])
                loss = loss + distil * distil_mod.kl_to_teacher(torch, log_p, q, bt["mask"])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), hp["clip"])
            opt.step()
            total += float(loss.detach())
        net.eval()
        export(net, vocab, out_dir, lang)
        if hp["average_last"] and epoch > hp["epochs"] - hp["average_last"]:
            with np.load(out_dir / f"{lang}_nn.npz") as z:
                for k in z.files:
                    averaged[k] = averaged.get(k, 0) + z[k].astype(np.float64)
            if sub_table is not None:
                with np.load(out_dir / f"{lang}_nn_sub.npz") as z:
                    averaged["sub"] = averaged.get("sub", 0) + z["sub"].astype(np.float64)
        f1 = dev(out_dir, epoch) if dev is not None else 0.0
        history.append(f1)
        log(f"epoch {epoch}: loss {total:.0f}" + (f", dev F1 {f1:.4f}" if dev is not None else ""))
        if dev is not None and f1 > best:
            best = f1
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
    if averaged:
        # Checkpoint averaging: the mean of the last epochs' exported arrays (the word
        # table is linear in the projection, so its mean is the mean projection's table).
        n = hp["average_last"]
        sub = averaged.pop("sub", None)
        np.savez(out_dir / f"{lang}_nn.npz",
                 **{k: (v / n).astype(np.float16 if k == "word" else np.float32) for k, v in averaged.items()})
        if sub is not None:
            np.savez(out_dir / f"{lang}_nn_sub.npz", sub=(sub / n).astype(np.float16))
    elif best_state is not None:
        net.load_state_dict(best_state)
        export(net, vocab, out_dir, lang)
    return {"epochs": hp["epochs"], "best_epoch": (history.index(best) + 1) if dev else hp["epochs"],
            "dev": [round(f, 4) for f in history], "net": net, "encoder": enc}


def _pre_stage(torch: Any, net: Any, enc: Encoder, pre: Sequence[Sentence], hp: dict[str, Any],
               cache: dict[str, Any], log: Callable[[str], None]) -> Any:
    """The first training stage on ``pre`` (its own batch order, seed + 3); returns the fresh
    optimiser the main schedule continues with."""
    items = _encode(enc, [t for t, _ in pre], cache)
    tags = [[LABELS.index(y) for y in g] for _, g in pre]
    rng = random.Random(hp["seed"] + 3)
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    batches = [order[i: i + hp["batch"]] for i in range(0, len(order), hp["batch"])]
    opt = torch.optim.Adam(net.parameters(), lr=hp["lr"] if hp["pre_lr"] is None else hp["pre_lr"])
    for epoch in range(1, hp["pre_epochs"] + 1):
        net.train()
        rng.shuffle(batches)
        total = 0.0
        for bidx in batches:
            bt = _batch(torch, [items[i] for i in bidx], [tags[i] for i in bidx])
            if hp["word_dropout"]:
                drop = torch.rand(bt["ids"].shape[:2]) < float(hp["word_dropout"])
                bt["ids"][..., 1] = bt["ids"][..., 1].masked_fill(drop, 0)
            em = net.emissions(bt["ids"], bt["chars"], bt["char_len"], bt["dense"], bt["lengths"])
            loss = net.nll(em, bt["tags"], bt["mask"])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), hp["clip"])
            opt.step()
            total += float(loss.detach())
        log(f"first stage, epoch {epoch}: loss {total:.0f} ({len(items)} sentences)")
    if hp["pre_reset"]:
        with torch.no_grad():
            if hp["pre_reset"] == "lstm":  # only the token inputs keep what the first stage taught
                net.lstm.reset_parameters()
            net.out.reset_parameters()
            for p in (net.trans, net.start, net.end):
                p.zero_()
    return torch.optim.Adam(net.parameters(), lr=hp["lr"])


def torch_emissions(net: Any, enc: Encoder, sentences: Sequence[list[str]], lang: str = "ar") -> list[Any]:
    """The trained network's label scores per sentence, computed by torch (for checking
    that :class:`kg.ner.neural.NeuralTagger` reproduces them; ``lang`` picks the POS
    tagger of a network trained with POS input)."""
    import torch

    net.eval()
    pos_fn = None
    if hasattr(net, "pos"):
        from kg.ner.posfeat import UPOS, PosIds

        pos_fn = PosIds(UPOS, lang)
    items = _encode(enc, sentences, pos=pos_fn, sub_table=getattr(net, "sub_table", None))
    out = []
    with torch.no_grad():
        bt = _batch(torch, items, None)
        lm_b = None
        if getattr(net, "frozen_lm", None) is not None:
            from kg.ner import taglm

            lm_b = taglm.pad(torch, taglm.states(torch, net.frozen_lm, items))
        elif getattr(net, "charlm_rt", None) is not None:
            from kg.ner import taglm

            lm_b = taglm.pad(torch, charlm_states(torch, net.charlm_rt, sentences))
        em = net.emissions(bt["ids"], bt["chars"], bt["char_len"], bt["dense"], bt["lengths"], bt["pos"],
                           bt["sub"], lm_b)
        for i, toks in enumerate(sentences):
            out.append(em[i, : len(toks)].numpy())
    return out


def charlm_states(torch: Any, rt: Any, sentences: Sequence[list[str]], batch: int = 64) -> list[Any]:
    """Per sentence, the ``(T, 2H)`` contextual string embeddings of :class:`kg.ner.charlm.CharLM`
    as torch tensors (empty sentences get ``(0, 2H)``)."""
    import numpy as np

    out: list[Any] = []
    for i in range(0, len(sentences), batch):
        chunk = list(sentences[i: i + batch])
        full = [s for s in chunk if s]
        emb = rt.embed(full) if full else np.zeros((0, rt.dim), dtype=np.float32)
        k = 0
        for s in chunk:
            out.append(torch.from_numpy(np.ascontiguousarray(emb[k: k + len(s)])))
            k += len(s)
    return out

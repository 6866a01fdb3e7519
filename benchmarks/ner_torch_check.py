"""Does the numpy BiLSTM-CRF reproduce torch? (needs torch; not part of the test suite)

    PYTHONPATH=. python benchmarks/ner_torch_check.py [--models kg/ner/models]

Builds the training network of :mod:`kg.ner.neural_train` with random weights (seed 0) and
the shipped vocabularies and side tables, exports it with :func:`neural_train.export`, and
compares the emissions torch computes with those of :class:`kg.ner.neural.NeuralTagger` on
a few sentences, and the numpy forward-backward marginals with torch's (the gradient of the
CRF's log-partition with respect to the emissions).  Prints the
largest absolute differences; exits non-zero above 1e-3 (the word table ships as float16).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

SENTENCES = [
    ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "امس", "."],
    ["كيم", "جونغ", "-", "أون", "استضاف", "وفدا", "من", "روسيا"],
    ["CNN", "1996", ""],
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", default=None)
    args = ap.parse_args()

    import numpy as np
    import torch

    from kg.ner import neural_train
    from kg.ner.neural import Encoder, NeuralTagger
    from kg.ner.resources import Resources
    from kg.ner.tagger import MODELS_DIR

    models = Path(args.models) if args.models else MODELS_DIR
    torch.manual_seed(0)
    torch.set_num_threads(1)
    res = Resources.load("ar", models, topics=False)
    with gzip.open(models / "ar_nn_vocab.json.gz", "rt", encoding="utf-8") as fh:
        vocab = json.load(fh)
    enc = Encoder(vocab, res)
    hp = dict(neural_train.HPARAMS)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(vocab["words"]) + 1, 200)).astype(np.float32)
    vectors[0] = 0.0
    sizes = {"train_words": len(vocab["train_words"]), "chars": len(vocab["chars"]),
             "shapes": len(vocab["shapes"]), "procl": len(enc._procl), "gaz": 2}
    for k in range(5):
        ids = [int(c[k][1:]) for c in res.clusters.values() if len(c) > k]
        sizes[f"cl{k}"] = max(ids) + 1 if ids else 1
    net = neural_train._net(torch, sizes, vectors, hp)
    with torch.no_grad():  # random CRF transitions, so the check covers them
        net.trans.normal_()
        net.start.normal_()
        net.end.normal_()
    net.eval()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        neural_train.export(net, vocab, out, "ar")
        nt = NeuralTagger("ar", out, res)
        ref = neural_train.torch_emissions(net, enc, SENTENCES)
        got, _ = nt.emissions(SENTENCES)
        d_em = max(float(np.abs(r - g[: len(r)]).max()) for r, g in zip(ref, got))
        # Marginals: torch's are the gradient of log Z with respect to the emissions.
        d_m = 0.0
        for sent, em in zip(SENTENCES, ref):
            e = torch.from_numpy(em.astype(np.float64)).requires_grad_(True)
            trans, start, end = (x.detach().double() for x in (net.trans, net.start, net.end))
            alpha = start + e[0]
            for t in range(1, len(sent)):
                alpha = torch.logsumexp(alpha.unsqueeze(1) + trans, dim=0) + e[t]
            torch.logsumexp(alpha + end, dim=0).backward()
            probs = nt.marginals(em[None].astype(np.float32), [len(sent)])[0]
            d_m = max(d_m, float(np.abs(probs - e.grad.numpy()).max()))
    print(f"max |emissions numpy - torch| = {d_em:.2e}; max |marginals numpy - torch| = {d_m:.2e}")
    return 0 if d_em < 1e-3 and d_m < 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Average the weights of several epochs' exported BiLSTM-CRF models (checkpoint averaging).

    PYTHONPATH=. python benchmarks/ner_average.py SNAPSHOT_DIR FIRST LAST OUT_DIR

``SNAPSHOT_DIR/eN`` hold the models exported after epoch N (``ner_neural.py --snapshots``);
the arrays of epochs FIRST..LAST are averaged into ``OUT_DIR``.  Every array is averaged,
the word table too: it is a linear function of the projection weights, so its mean is the
table of the mean projection.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path


def average(snap: Path, first: int, last: int, out: Path) -> None:
    """Write the mean of epochs ``first..last`` to ``out``."""
    import numpy as np

    total: dict[str, np.ndarray] = {}
    for e in range(first, last + 1):
        with np.load(snap / f"e{e}" / "ar_nn.npz") as z:
            for k in z.files:
                total[k] = total.get(k, 0) + z[k].astype(np.float64)
    n = last - first + 1
    arrays = {k: (v / n).astype(np.float16 if k == "word" else np.float32) for k, v in total.items()}
    out.mkdir(parents=True, exist_ok=True)
    np.savez(out / "ar_nn.npz", **arrays)
    shutil.copy(snap / f"e{last}" / "ar_nn_vocab.json.gz", out / "ar_nn_vocab.json.gz")


if __name__ == "__main__":
    average(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))

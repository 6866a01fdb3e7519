"""Word clusters: building nests levels; the table round-trips."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.ner import clusters


def test_save_load_round_trip_is_byte_stable(tmp_path: Path) -> None:
    table = {"بوتين": ("c1", "c0"), "moscow": ("c7", "c2")}
    clusters.save(table, tmp_path / "a.tsv.gz")
    clusters.save(clusters.load(tmp_path / "a.tsv.gz"), tmp_path / "b.tsv.gz")
    assert clusters.load(tmp_path / "b.tsv.gz") == table
    assert (tmp_path / "a.tsv.gz").read_bytes() == (tmp_path / "b.tsv.gz").read_bytes()


def test_build_groups_words_used_alike_and_is_reproducible() -> None:
    pytest.importorskip("scipy")
    rng = random.Random(0)
    people = ["putin", "merkel", "macron", "biden"]
    places = ["moscow", "berlin", "paris", "london"]
    sents = []
    for _ in range(3000):
        sents.append(["president", rng.choice(people), "said", "today"])
        sents.append(["they", "went", "to", rng.choice(places), "yesterday"])
    kw: dict = {"min_count": 1, "n_context": 20, "dim": 4, "ks": (4, 2), "iterations": 10}
    table = clusters.build(sents, **kw)
    again = clusters.build(sents, **kw)
    # the fine level is reproducible to the id; the coarse one clusters this toy corpus's four
    # near-identical centroids into two, a near tie that the float noise of threaded BLAS broke
    # either way in 3 of ~25 whole-suite runs under load (once in CI), so it is not compared here
    assert {w: ids[0] for w, ids in again.items()} == {w: ids[0] for w, ids in table.items()}
    assert len({table[w][0] for w in people}) == 1
    assert len({table[w][0] for w in places}) == 1
    assert table["putin"][0] != table["moscow"][0]


"""Strict entity-level scoring, conlleval conventions."""
from __future__ import annotations

import pytest

from kg.ner.scoring import chunks, score


def test_stray_inside_tag_starts_an_entity() -> None:
    assert chunks(["O", "I-PER", "I-PER", "B-LOC", "I-ORG"]) == [
        ("PER", 1, 3),
        ("LOC", 3, 4),
        ("ORG", 4, 5),
    ]


def test_type_change_inside_run_splits_entities() -> None:
    assert chunks(["B-PER", "I-LOC"]) == [("PER", 0, 1), ("LOC", 1, 2)]


def test_partial_boundary_is_a_miss_and_a_false_positive() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    report = score(gold, pred)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 1, 1)
    assert report.per_type["PER"].f1 == 0.0
    assert report.per_type["LOC"].f1 == 1.0
    assert report.micro.f1 == pytest.approx(0.5)


def test_format_ends_with_micro_line() -> None:
    report = score([["B-ORG", "I-ORG"]], [["B-ORG", "I-ORG"]])
    lines = report.format().splitlines()
    assert lines[-1] == "micro F1: 1.000"
    assert lines[1].split()[0] == "ORG"


def test_length_mismatch_is_refused() -> None:
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])

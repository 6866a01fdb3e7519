"""Strict entity-level precision, recall and F1 (conlleval / seqeval conventions).

An entity is a maximal run ``B-X I-X ... I-X``.  A stray ``I-X`` (after ``O`` or after
a tag of another type) *starts* a new entity of type X, as conlleval and seqeval's
default mode do.  A predicted entity counts as correct only when its type, first
token and last token all equal a gold entity's.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


def chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities of one BIO sequence as ``(type, start, end)`` with ``end`` exclusive.

    >>> chunks(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])
    [('PER', 0, 2), ('LOC', 3, 4), ('LOC', 4, 5), ('ORG', 5, 6)]
    """
    out: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        prefix, _, t = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and t != kind)
        if kind is not None and (tag == "O" or begins):
            out.append((kind, start, i))
            kind = None
        if tag != "O" and begins:
            kind, start = t, i
    if kind is not None:
        out.append((kind, start, len(tags)))
    return out


@dataclass
class Score:
    """Counts and derived scores for one entity type (or all of them)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    """Per-type scores and the micro average over all types."""

    per_type: dict[str, Score] = field(default_factory=dict)
    micro: Score = field(default_factory=Score)

    def format(self) -> str:
        """A small table; the last line is ``micro F1: 0.xxx``."""
        lines = [f"{'type':<6} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}"]
        for kind in sorted(self.per_type):
            s = self.per_type[kind]
            lines.append(f"{kind:<6} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>7d}")
        m = self.micro
        lines.append(f"{'all':<6} {m.precision:>9.3f} {m.recall:>7.3f} {m.f1:>6.3f} {m.support:>7d}")
        lines.append(f"micro F1: {m.f1:.3f}")
        return "\n".join(lines)


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Report:
    """Score predicted tag sequences against gold ones, sentence by sentence.

    Raises:
        ValueError: a gold and a predicted sentence differ in length.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"gold has {len(g)} tags but prediction {len(p)}")
        gs, ps = set(chunks(g)), set(chunks(p))
        for kind, _, _ in gs & ps:
            tp[kind] += 1
        for kind, _, _ in ps - gs:
            fp[kind] += 1
        for kind, _, _ in gs - ps:
            fn[kind] += 1
    report = Report()
    for kind in set(tp) | set(fp) | set(fn):
        report.per_type[kind] = Score(tp[kind], fp[kind], fn[kind])
    report.micro = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return report

"""Two listed people the Arabic tagger runs into one name (a verb's subject and object side by
side, ``استقبل أردوغان نتنياهو``) become two mentions (kg.ner.extract_mentions)."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.model import Mention
from kg.ner.extract_mentions import _split_known_people

sys.path.insert(0, str(Path(__file__).parent))
from test_events_roles_ar_clauses import _events  # noqa: E402  (the same pipeline run and labels)


def _per(text: str, start: int = 10) -> Mention:
    return Mention(start, start + len(text), text, label="PER", score=0.8, source="ner", norm=text)


def _spans(found: list[Mention]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in found]


def test_two_listed_people_side_by_side_are_split() -> None:
    assert _spans(_split_known_people([_per("أردوغان نتنياهو")])) == [(10, 17, "أردوغان"), (18, 25, "نتنياهو")]
    # a full name after a surname
    assert [m.text for m in _split_known_people([_per("بوتين كيم جونغ أون")])] == ["بوتين", "كيم جونغ أون"]


def test_a_proclitic_before_the_second_stays_outside_it() -> None:
    found = _split_known_people([_per("بوتين بكيم جونغ أون", start=0)])
    assert _spans(found) == [(0, 5, "بوتين"), (7, 19, "كيم جونغ أون")]
    assert all(m.score == 0.8 and m.source == "ner" for m in found)


def test_names_no_list_splits_are_kept() -> None:
    for text in ("دونالد ترامب جونيور", "فلاديمير بوتين", "كيم جونغ أون", "محمد بن سلمان", "بوتين وشويغو"):
        assert [m.text for m in _split_known_people([_per(text)])] == [text]
    org = Mention(0, 15, "أردوغان نتنياهو", label="ORG", score=0.8, source="ner")
    assert _split_known_people([org]) == [org]


def test_the_verb_s_subject_acts_on_its_object() -> None:
    _, _, agent, target = next(e for e in _events("واستقبل أردوغان نتنياهو في أنقرة.") if e[1] == "واستقبل")
    assert agent == ["رجب طيب أردوغان"] and target == ["بنيامين نتنياهو"]
    _, _, agent, target = next(e for e in _events("واتهم ترامب بايدن بالفشل.") if e[1] == "واتهم")
    assert agent == ["دونالد ترامب"] and target == ["جو بايدن"]

"""The character n-gram name scorer."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ner.translit import NameScorer, ngrams

pytest.importorskip("scipy")


def test_scorer_separates_name_like_from_ordinary_words(tmp_path: Path) -> None:
    from kg.ner.translit import train

    names = ["كريفوروتشكو", "بوتشيتينو", "ميلوسيفيتش", "رابينوفيتش", "تشايكوفسكي", "غورباتشوف"]
    words = ["الحكومة", "المدينة", "الوزارة", "الشركة", "الجامعة", "المدرسة"]
    scorer = train(names, words, l2=0.1, prune=0.0)
    assert scorer.score("يانوكوفيتش") > 0.5 > scorer.score("المحكمة")
    scorer.save(tmp_path / "s.json.gz")
    again = NameScorer.load(tmp_path / "s.json.gz")
    assert again.score("يانوكوفيتش") == pytest.approx(scorer.score("يانوكوفيتش"), abs=1e-2)


def test_ngrams_mark_word_ends() -> None:
    assert ngrams("ab", 3) == ["<", "a", "b", ">", "<a", "ab", "b>", "<ab", "ab>"]

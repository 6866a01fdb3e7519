"""Arabic <-> English name matching with the shipped transliteration model."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.resolve.translit import (
    TranslitModel,
    default_model,
    rank,
    same_name,
    skeleton_ar,
    skeleton_en,
)


@pytest.mark.parametrize(
    ("ar", "en"),
    [("بوتين", "Putin"), ("ترامب", "Trump"), ("ترمب", "Trump"), ("كيم جونغ أون", "Kim Jong Un"),
     ("أردوغان", "Erdogan"), ("كريفوروتشكو", "Krivoruchko"), ("بيونغ يانغ", "Pyongyang")],
)
def test_translit_matches_spellings_of_one_name(ar: str, en: str) -> None:
    assert same_name(ar, en)


@pytest.mark.parametrize(("ar", "en"), [("بوتين", "Biden"), ("جونسون", "Jackson"), ("محمد", "Ahmed")])
def test_translit_rejects_other_names(ar: str, en: str) -> None:
    assert not same_name(ar, en)


def test_translit_ranks_the_right_spelling_first() -> None:
    names = ["Biden", "Pontin", "Putin", "Patel", "Tobin"]
    assert rank("بوتين", names)[0][0] == "Putin"
    assert rank("ترمب", ["Tramp", "Trump", "Turner", "Tromso"])[0][0] in ("Trump", "Tramp")


def test_translit_skeletons_agree_across_scripts() -> None:
    assert skeleton_ar("نتنياهو") == skeleton_en("Netanyahu")


def test_translit_model_roundtrip_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json.gz"
    default_model().save(path)
    again = TranslitModel.load(path)
    assert again.score("بوتين", "Putin") == pytest.approx(default_model().score("بوتين", "Putin"), abs=0.01)
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="translit_train"):
        TranslitModel.load(bad)

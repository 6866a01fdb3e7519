"""News sites tag names in the text (``رئيسة الوزراء #تيريزا_ماي``): ingest turns a hashtag's "#" and
the "_" between its words into spaces, one for one, so the tagger reads the name, it links to the
known person, and every offset into the article stays valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import documents, process

pytestmark = pytest.mark.filterwarnings("ignore")

TEXT = (
    "أكد متهم بالتخطيط لقتل رئيسة وزراء بريطانيا #تيريزا_ماي لمحكمة في لندن. "
    "منتقدة مغادرة الرئيس الفلسطيني، #محمود_عباس، لاجتماع مجلس الأمن. "
    "وقالت السفيرة نيكي #هيلي إن واشنطن لن تتراجع، بحسب https://example.com/page#section."
)


def _doc(tmp_path: Path) -> object:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "h1", "text": TEXT, "date": "2018-05-04"}, ensure_ascii=False) + "\n", encoding="utf-8")
    return process(next(iter(documents([str(src)]))))


def test_hashtagged_names_link_to_the_known_people(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    keys = {m.text: m.entity for m in doc.mentions}
    assert keys.get("تيريزا ماي") == "person/theresa-may"
    assert keys.get("محمود عباس") == "person/mahmoud-abbas"


def test_offsets_stay_and_urls_keep_their_fragment(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert len(doc.text) == len(TEXT)
    assert "#" not in doc.text.split("https://")[0] and "_" not in doc.text
    assert doc.text.endswith("https://example.com/page#section.")


def test_labels_have_one_space_between_words(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    assert any(e.labels.get("ar") == "نيكي هيلي" for e in doc.entities.values())
    assert not any("  " in label for e in doc.entities.values() for label in e.labels.values())

"""British parties' short names are one node with the party, in English and Arabic."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


def _keys(text: str, lang: str) -> dict[str, str | None]:
    doc = process(Document(id="t", text=text, lang=lang), ner="crf")
    return {m.text: m.entity for m in doc.mentions}


def test_short_party_names_are_the_party() -> None:
    keys = _keys("Labour attacked the Tories over tax. The Lib Dems and the Liberal Democrats' leader disagreed. "
                 "The Conservative Party and the Labour Party answered.", "en")
    assert keys["Labour"] == keys["Labour Party"] == "org/labour-party"
    assert keys["Lib Dems"] == keys["Liberal Democrats"] == "org/liberal-democrats"
    assert keys["Conservative Party"] == "org/conservative-party"


def test_the_british_party_in_arabic_is_the_same_node() -> None:
    keys = _keys("وقال زعيم حزب العمال البريطاني إن حزب المحافظين البريطاني فشل.", "ar")
    assert keys["حزب العمال البريطاني"] == "org/labour-party"
    assert keys["حزب المحافظين البريطاني"] == "org/conservative-party"

"""A "rally" among words of trading is a price's rise unless words of a crowd stand by it: the crowd
list the rule was written against (police, opposition, the square) is the one it reads."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


def _categories(text: str) -> list[str]:
    return [e.category for e in process(Document(id="t", text=text, lang="en"), ner="crf").events]


def test_an_opposition_rally_counted_in_percent_is_a_protest() -> None:
    assert "PROTEST" in _categories("Police said the opposition rally in the main square was 20 percent larger "
                                    "than last year's.")


def test_a_price_rally_is_no_protest() -> None:
    assert "PROTEST" not in _categories("The rally was short-lived and the shares ended just 0.20 up at 51.00 guilders.")

"""``kg train ner`` must rebuild the shipped Arabic files: the news corpus its clusters, topic
clusters and word vectors come from is split as it was when they were built (a diacritic inside
a word cut the word), whatever the tokeniser does for documents now."""
from __future__ import annotations

import json
from pathlib import Path

from kg.ner.tokenize import tokenize
from kg.ner.train import CONFIG, arabic_corpus


def test_the_news_corpus_keeps_the_older_split(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"text": "وأكّد الادّعاء العام"}, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = arabic_corpus(news)
    assert len(corpus) == 1 and len(corpus[0]) == 5  # وأكّ + د, الادّ + عاء, العام
    # documents are tokenised whole
    assert len(tokenize("وأكّد الادّعاء العام")) == 3


def test_the_arabic_recipe_trains_the_shipped_ensemble() -> None:
    # kg.ner.train.train_network reads the seeds from the recipe's top level
    assert CONFIG["ar"]["seeds"] == [13, 14]
    shipped = json.loads((Path(__file__).parents[1] / "kg/ner/models/ar.json").read_text(encoding="utf-8"))
    assert shipped["neural"]["seeds"] == CONFIG["ar"]["seeds"] and shipped["neural"]["members"] == 2

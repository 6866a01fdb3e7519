"""The events' sentence views take the article's token keys from the pass the gazetteer and the
cue rules made (:func:`kg.text.tokenize.token_keys`) instead of normalising every token again."""
from __future__ import annotations

from kg.events import sentence
from kg.model import Document
from kg.text.arabic import normalize
from kg.text.tokenize import split_sentences, tokenize

TEXT = "أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيزور القاهرة يوم الخميس المقبل."


def test_build_view_takes_the_words_it_is_given() -> None:
    doc = Document(id="d", text=TEXT, lang="ar")
    doc.sentences = split_sentences(TEXT)
    toks = tokenize(TEXT)
    keys = [normalize(t.text) for t in toks]
    view = sentence.build_view(doc, 0, tag=False, tokens=toks, words=list(keys))
    assert view.words == keys
    marked = [f"w{i}" for i in range(len(toks))]
    assert sentence.build_view(doc, 0, tag=False, tokens=toks, words=marked).words == marked


def test_build_view_without_words_normalises_as_before() -> None:
    doc = Document(id="d", text=TEXT, lang="ar")
    doc.sentences = split_sentences(TEXT)
    view = sentence.build_view(doc, 0, tag=False)
    assert view.words == [normalize(t.text) for t in tokenize(TEXT)]
    en = Document(id="e", text="Sergei Lavrov will visit Cairo.", lang="en")
    en.sentences = split_sentences(en.text)
    assert sentence.build_view(en, 0, tag=False).words == ["sergei", "lavrov", "will", "visit", "cairo", "."]


def test_events_do_not_normalise_every_token_again(monkeypatch) -> None:
    from kg.events import extract

    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return normalize(text)

    monkeypatch.setattr(sentence, "normalize", counting)
    doc = Document(id="d", text=TEXT + "\n" + TEXT, lang="ar")
    extract(doc)
    assert doc.sentences and len(doc.sentences) == 2
    assert len(calls) < len(tokenize(doc.text))  # at most a chunk's prefix each, no mentions here

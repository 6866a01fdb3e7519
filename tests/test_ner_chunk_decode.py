"""The NER network run over a chunk's documents at once (nineteenth session).

:func:`kg.parallel.process_chunk` decodes the sentences of its documents together
(:func:`kg.ner.extract_mentions.prepare`, :func:`kg.ner.tagger.decode_scores_many`) and each
document's NER step takes its part; these tests hold what that changes and what it must not.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from kg import ner, parallel
from kg.model import Document
from kg.ner import extract_mentions, tagger
from kg.pipeline import DEFAULT_STEPS, process

_TEXTS = [
    "قال الرئيس الروسي فلاديمير بوتين في موسكو يوم الخميس إن روسيا ستدعم كوريا الشمالية. "
    "والتقى بوتين الزعيم الكوري كيم جونغ أون في بيونغ يانغ.",
    "أعلنت وزارة الخارجية الأمريكية أن الوزير مايك بومبيو سيزور القاهرة الأسبوع المقبل.\n"
    "وقال بومبيو إن الزيارة تهدف إلى بحث الأوضاع في ليبيا.",
    "ذكرت وكالة الأنباء السعودية أن الملك سلمان استقبل رئيس الوزراء البريطاني في الرياض.",
    "فاز فريق ريال مدريد على برشلونة. وسجل كريستيانو رونالدو هدفين.",
]

_OPTIONS = parallel.Options(ner="kg", steps=tuple(DEFAULT_STEPS), returns="document")


@pytest.fixture(scope="module")
def arabic() -> tagger.Tagger:
    tg = ner.load("ar")
    if tg.decode_many([[["بوتين"]]]) is None:
        pytest.skip("the Arabic tagger does not decode with the network's document rules")
    return tg


@pytest.fixture(autouse=True)
def _empty() -> None:
    extract_mentions.forget()
    yield
    extract_mentions.forget()


def _docs() -> list[Document]:
    return [Document(id=f"d{k}", text=t, lang="ar") for k, t in enumerate(_TEXTS)]


def _mentions(doc: Document) -> list[tuple[int, int, str, float]]:
    return [(m.start, m.end, m.label or "", m.score) for m in doc.mentions]


def test_a_chunk_is_decoded_once_and_each_document_takes_its_part(arabic: tagger.Tagger,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    alone: list[int] = []
    many: list[int] = []
    real_one, real_many = tagger.decode_scores, tagger.decode_scores_many
    monkeypatch.setattr(tagger, "decode_scores", lambda nn, s: alone.append(len(s)) or real_one(nn, s))
    monkeypatch.setattr(tagger, "decode_scores_many",
                        lambda nn, docs, cells=None: many.append(len(docs)) or real_many(nn, docs, cells))
    outcomes = parallel.process_chunk(_docs(), _OPTIONS)
    assert many == [len(_TEXTS)]  # one decoding for the chunk
    assert alone == []  # no document decoded on its own again
    assert extract_mentions._PREPARED == {}  # every document took its part
    assert all(o.mentions for o in outcomes)


def test_a_chunk_gives_the_mentions_of_its_documents_alone(arabic: tagger.Tagger) -> None:
    chunked = parallel.process_chunk(_docs(), _OPTIONS)
    for k, out in enumerate(chunked):
        one = process(_docs()[k], steps=DEFAULT_STEPS, ner="kg")
        assert _mentions(out.doc) == _mentions(one)
        assert out.nquads == parallel.process_document(_docs()[k], _OPTIONS).nquads


def test_decode_many_is_decode_scores_within_rounding(arabic: tagger.Tagger) -> None:
    rng = random.Random(7)
    words = "قال الرئيس بوتين في موسكو إن روسيا و كيم جونغ أون بيونغ يانغ . ، وزير الدفاع".split()
    docs = [[[rng.choice(words) for _ in range(n)] for n in lengths]
            for lengths in ([5, 1, 12], [3, 0, 40, 2], [7], [1], [60, 2, 2, 9])]
    nn = arabic._nn
    many = tagger.decode_scores_many(nn, docs, cells=64)
    for sentences, got in zip(docs, many):
        want = tagger.decode_scores(nn, sentences)
        assert got[3] is want[3] or all(np.array_equal(a, b) for a, b in zip(got[3], want[3]))
        for k in range(3):
            assert len(got[k]) == len(want[k]) == len(sentences)
            for a, b, s in zip(got[k], want[k], sentences):
                assert a.shape == b.shape and a.shape[0] == len(s)
                if k == 2:
                    assert np.array_equal(a, b)  # the same labels
                else:
                    assert np.allclose(a, b, rtol=0, atol=1e-4)


def test_decode_many_batches_stay_within_their_cells(arabic: tagger.Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    nn = arabic._nn
    seen: list[list[int]] = []
    real = type(nn).decoder_scores

    def record(self, batch):  # type: ignore[no-untyped-def]
        seen.append([len(s) for s in batch])
        return real(self, batch)

    monkeypatch.setattr(type(nn), "decoder_scores", record)
    docs = [[["بوتين"] * n for n in lengths] for lengths in ([30, 4, 4], [100, 1], [8, 8, 8, 8], [])]
    tagger.decode_scores_many(nn, docs, cells=64)
    assert sorted(n for b in seen for n in b) == sorted([30, 4, 4, 100, 1, 8, 8, 8, 8])
    for b in seen:
        assert b == sorted(b, reverse=True)
        assert len(b) == 1 or len(b) * b[0] <= 64  # a longer sentence goes alone


def test_prepare_is_bounded_and_emptied_by_the_next(arabic: tagger.Tagger) -> None:
    docs = [Document(id=f"x{k}", text=f"{_TEXTS[k % len(_TEXTS)]} {k}", lang="ar")
            for k in range(extract_mentions.PREPARED_MAX + 5)]
    assert extract_mentions.prepare(docs) == extract_mentions.PREPARED_MAX
    assert len(extract_mentions._PREPARED) == extract_mentions.PREPARED_MAX
    assert extract_mentions.prepare(docs[:2]) == 2
    assert len(extract_mentions._PREPARED) == 2
    extract_mentions.forget()
    assert extract_mentions._PREPARED == {}


def test_a_document_changed_after_prepare_is_tagged_alone(arabic: tagger.Tagger,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _docs()[0]
    extract_mentions.prepare([doc])
    alone: list[int] = []
    real = tagger.decode_scores
    monkeypatch.setattr(tagger, "decode_scores", lambda nn, s: alone.append(len(s)) or real(nn, s))
    doc.sentences = [(0, len(doc.text))]  # split otherwise than when it was prepared
    found = extract_mentions.extract(doc)
    assert alone == [1] and found
    assert len(extract_mentions._PREPARED) == 1  # its prepared part left (emptied by the next prepare)


def test_no_chunk_decoding_without_kg_ner_or_for_a_crf(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs()
    assert parallel.prepare_ner(docs, parallel.Options(ner="none", steps=tuple(DEFAULT_STEPS))) == 0
    assert parallel.prepare_ner(docs, parallel.Options(ner="kg", steps=("sentences", "resolve"))) == 0
    en = ner.load("en")
    if en._nn is None:
        assert not en.decodes_many and en.decode_many([[["Putin", "said"]]]) is None
        tokenised: list[str] = []
        real = extract_mentions._tokens
        monkeypatch.setattr(extract_mentions, "_tokens", lambda text, s: tokenised.append(text) or real(text, s))
        assert extract_mentions.prepare([Document(id="e", text="Putin said.", lang="en")]) == 0
        assert tokenised == []  # not even tokenised for a tagger that decodes nothing together
    assert extract_mentions._PREPARED == {}


def test_prepare_gives_documents_the_pipelines_sentences(arabic: tagger.Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.text import tokenize as text_tokenize

    docs = _docs()
    assert parallel.prepare_ner(docs, _OPTIONS) == len(docs)
    assert [d.sentences for d in docs] == [text_tokenize.split_sentences(d.text) for d in docs]
    splits: list[str] = []
    real = text_tokenize.split_sentences
    monkeypatch.setattr(text_tokenize, "split_sentences", lambda text: splits.append(text) or real(text))
    outcomes = [parallel.process_document(d, _OPTIONS) for d in docs]
    assert splits == []  # the sentences step had nothing left to split
    assert extract_mentions._PREPARED == {}  # and each NER step found its document
    assert [o.nquads for o in outcomes] == [parallel.process_document(d, _OPTIONS).nquads for d in _docs()]

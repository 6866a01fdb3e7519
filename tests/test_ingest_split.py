"""The seed page (a scraped CNN Arabic article) splits into its three parts."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read
from kg.ingest.split import split_page

SEED = Path(__file__).parent / "fixtures" / "ingest" / "seed_cnn_arabic.txt"
READ_ALSO_TITLE = "الحرس الوطني الروسي ينقذ منشأة عسكرية من هجوم إرهابي بمسيرتين جنوب موسكو"


@pytest.fixture(scope="module")
def seed_docs():
    return list(read([SEED]))


def test_ingest_seed_splits_into_three_parts(seed_docs):
    assert [d.kind for d in seed_docs] == ["article", "read-also", "headlines"]
    main, also, heads = seed_docs
    assert main.id.startswith("seed_cnn_arabic-")
    assert also.id == main.id + "-read-also"
    assert heads.id == main.id + "-headlines"
    assert main.parent is None and also.parent == main.id and heads.parent == main.id


def test_ingest_seed_titles_and_sources(seed_docs):
    main, also, heads = seed_docs
    assert main.title is None
    assert main.source == "CNN Arabic"
    assert main.meta["agency"] == "CNN"
    assert also.title == READ_ALSO_TITLE
    assert heads.title == "مقالات مشابهة"
    assert all(d.lang == "ar" for d in seed_docs)


def test_ingest_seed_boilerplate_dropped(seed_docs):
    main, also, _heads = seed_docs
    assert main.text.startswith("ذكرت وكالة الأنباء المركزية الكورية الشمالية")
    assert main.text.endswith("للحرب الروسية في أوكرانيا.")
    for doc in seed_docs:
        assert "(CNN)" not in doc.text
        assert "المصدر:" not in doc.text
        assert "كلمات دلالية" not in doc.text
        assert "طباعة شارك" not in doc.text
    assert also.text.startswith("أنقذ الحرس الوطني الروسي")
    assert also.text.endswith("الإرهابي المحتمل.")
    assert main.meta["tags"] == "الأزمة الأوكرانية الجيش الروسي كيم جونغ أون"


def test_ingest_seed_offsets_point_into_the_file(seed_docs):
    text = SEED.read_text(encoding="utf-8")
    for doc in seed_docs:
        assert text[doc.offset : doc.offset + len(doc.text)] == doc.text
    start, end = seed_docs[1].meta["title_span"]
    assert text[start:end] == READ_ALSO_TITLE


def test_ingest_seed_headlines_one_per_line(seed_docs):
    heads = seed_docs[2]
    spans = heads.meta["headlines"]
    titles = [heads.text[s:e] for s, e in spans]
    assert len(titles) == 10
    assert titles[0] == "الدفاعات الروسية تُسقط 4 مسيرات كانت تتجه نحو موسكو"
    assert titles[-1] == "موسكو تردّ على قصف أوكراني لمواقع عسكرية في روسيا"
    assert len(heads.text.splitlines()) == 10
    assert not any("•" in t for t in titles)


def test_ingest_seed_ids_are_stable():
    assert [d.id for d in read([SEED])] == [d.id for d in read([SEED])]


def test_ingest_split_off_keeps_page_whole():
    docs = list(read([SEED], split=False))
    assert len(docs) == 1
    assert "إقرأ أيضاً" in docs[0].text and "مقالات مشابهة" in docs[0].text
    assert docs[0].text.startswith("(CNN)--")


def test_ingest_split_english_page():
    page = (
        "Kim hosts Russian delegation\n\n"
        "PYONGYANG (CNN) — North Korean leader Kim Jong Un hosted a delegation.\n\n"
        "He spoke of cooperation.\n\nSource: CNN\n\nTags: Korea, Russia\n\n"
        "Read more:\n\nRussian guard foils attack near Moscow\n\nThe guard said on Friday it stopped an attack.\n\n"
        "Share this article\n\nRelated articles\n- Drones shot down near Moscow\n- Talks in Tehran\n"
    )
    parts = split_page(page)
    assert [(p.kind, p.title, p.source) for p in parts] == [
        ("article", "Kim hosts Russian delegation", "CNN"),
        ("read-also", "Russian guard foils attack near Moscow", None),
        ("headlines", "Related articles", None),
    ]
    main, also, heads = (page[p.start : p.end] for p in parts)
    assert main == "North Korean leader Kim Jong Un hosted a delegation.\n\nHe spoke of cooperation."
    assert parts[0].meta["dateline"] == "PYONGYANG"
    assert also == "The guard said on Friday it stopped an attack."
    assert heads == "Drones shot down near Moscow\n- Talks in Tehran"


def test_ingest_split_inline_link_block_stays_in_article():
    # A "read also" block of link titles inside an article that goes on after it.
    page = (
        "الفقرة الأولى من المقال عن تركيا.\n"
        "اقرأ أيضاً:\n"
        "أردوغان: مسعود أوزيل لم يقترف جرما\n"
        "تركيا وألمانيا تتعهدان بتجاوز الخلافات\n"
        "وتوترت العلاقات بين الجانبين في السنوات الأخيرة.\n"
    )
    parts = split_page(page)
    assert [p.kind for p in parts] == ["article"]
    assert page[parts[0].start : parts[0].end].endswith("في السنوات الأخيرة.")
    s, e = parts[0].meta["inline_links"][0]
    assert page[s:e].startswith("اقرأ أيضاً:") and page[s:e].endswith("بتجاوز الخلافات")


def test_ingest_split_sentence_mentioning_read_also_is_not_cut():
    page = "قال إن على الجميع أن يقرأ أيضاً التقرير الكامل.\nوأضاف أن المصدر: مجهول في الجملة.\n"
    parts = split_page(page)
    assert len(parts) == 1 and parts[0].start == 0


def test_ingest_split_crlf_page_keeps_offsets():
    page = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    parts = split_page(page)
    assert [p.kind for p in parts] == ["article", "read-also", "headlines"]
    assert not any(page[p.start : p.end].endswith("\r") for p in parts)
    assert parts[1].title == READ_ALSO_TITLE


def test_ingest_split_title_line_heuristic():
    parts = split_page("Short headline here\n\nThe body sentence one. Two.\n")
    assert parts[0].title == "Short headline here"
    assert split_page("One sentence only.\n\nAnother sentence.\n")[0].title is None


def test_ingest_split_text_after_boilerplate_is_kept_as_a_part():
    page = (
        "First article body.\n\nالمصدر: CNN Arabic\n\n"
        "A second story with no marker before it, long enough to be more than a stray line.\n"
        "It goes on for another line.\n\n"
        "Tags: Korea\n\n"
        "© 2024 Example\n"
    )
    parts = split_page(page)
    assert [(p.kind, page[p.start : p.end][:18]) for p in parts] == [
        ("article", "First article body"),
        ("article", "A second story wit"),
    ]
    assert parts[1].meta["dropped_lines"] == 1  # the copyright line
    docs = list(read_text(page))
    assert [d.id.rsplit("-", 2)[-2:] for d in docs][1] == ["article", "2"]
    assert docs[1].parent == docs[0].id


def read_text(page: str):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.txt"
        path.write_text(page, encoding="utf-8")
        yield from read([path])


def test_ingest_split_single_link_inside_corpus_article_stays_inline():
    # news corpora keep one paragraph per line; a lone "read also" link sits inside the article
    page = "فقرة أولى عن خاشقجي.\nاقرأ أيضا:\nماذا قال بومبيو بشأن اختفاء خاشقجي؟\nوعبر الرئيس الأمريكي عن قلقه من التقارير.\n"
    parts = split_page(page)
    assert [p.kind for p in parts] == ["article"]
    assert page[parts[0].start : parts[0].end].endswith("من التقارير.")


def test_ingest_split_read_also_in_open_page_with_blank_lines():
    # a scraped page without source/tag lines: blank lines set the read-also article off
    page = "فقرة المقال الأول.\n\nإقرأ أيضاً:\n\nعنوان المقال الثاني\n\nنص المقال الثاني هنا.\n"
    parts = split_page(page)
    assert [(p.kind, p.title) for p in parts] == [("article", None), ("read-also", "عنوان المقال الثاني")]


def test_ingest_split_dateline_alone_on_its_line():
    page = "(CNN)--\nقال المتحدث إن الاجتماع انتهى.\n"
    (part,) = split_page(page)
    assert page[part.start : part.end] == "قال المتحدث إن الاجتماع انتهى."
    assert part.meta["agency"] == "CNN"

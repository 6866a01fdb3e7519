"""Sports reports: play is no violence, no meeting and no investigation (kg.events.sports)."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.events import extract
from kg.events.sports import play, sports_document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events, make_doc  # noqa: E402

CLUBS = [
    ("الهلال", "ORG", None, "org/alhilal", False),
    ("النصر", "ORG", None, "org/alnassr", False),
    ("بايرن", "ORG", None, "org/bayern", False),
    ("إشبيلية", "ORG", None, "org/sevilla", False),
    ("تركي آل الشيخ", "PER", None, "person/turki", False),
    ("كارلوس كورديرو", "PER", None, "person/cordeiro", False),
    ("القاهرة", "LOC", "City", "city/360630", False),
]


def categories(text: str) -> list[str]:
    return [e.category for e in asserted_events(text, CLUBS)]


def test_play_is_no_event() -> None:
    assert categories("وشن الهلال هجوما قويا على مرمى النصر في الشوط الثاني من المباراة.") == []
    assert categories("ويلتقي بايرن فريق إشبيلية في ذهاب دور الثمانية بدوري أبطال أوروبا في مباراة صعبة.") == []
    assert categories("وسجل النصر هدفا قاتلا في مرمى الهلال في الدقيقة 90 من المباراة.") == []


def test_violence_and_officials_in_sports_news_stay_events() -> None:
    assert "ASSAULT" in categories("قتل 20 مشجعا في هجوم على حافلة الهلال بعد المباراة في القاهرة.")
    assert "CONSULT" in categories("استقبل تركي آل الشيخ كارلوس كورديرو رئيس الاتحاد الأميركي لكرة القدم قبل المباراة.")


def test_achieving_is_no_investigation() -> None:
    assert "ACCUSE" not in categories("ويتطلع الهلال إلى تحقيق الفوز.")
    assert "ACCUSE" in categories("فتحت القاهرة تحقيقا في الحادث.")


def test_a_sports_report_is_recognised_by_its_words() -> None:
    report = "فاز الهلال على النصر في مباراة الدوري. وسجل اللاعب هدفين. وقال المدرب إن الفريق لعب جيدا في المباراة."
    assert sports_document(report)
    assert not sports_document("قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 4 مسيرات أوكرانية.")
    assert play(["هجومه"], sports_doc=True) and not play(["هجومه"])


def test_english_play_in_a_sports_report_is_no_event() -> None:
    from kg.events.sports import sports_document_en
    from kg.text.tokenize import tokenize

    report = (
        "Roddick still looks sluggish but he attacks the net and wins a break point in the second set. "
        "Nadal saves it with an ace and takes the match. The seed will meet Johansson in the final of the "
        "tournament after a tense tie-break, and the title is his to win."
    )
    assert sports_document_en([t.text.lower() for t in tokenize(report)], len(report))
    names = [("Roddick", "PER", None, "person/roddick", False), ("Nadal", "PER", None, "person/nadal", False)]
    doc = extract(make_doc(report, names, lang="en"))
    assert [e.category for e in doc.events if e.category in ("ASSAULT", "CONSULT")] == []
    politics = "Rebels attacked the town and killed five soldiers, the army said."
    assert not sports_document_en([t.text.lower() for t in tokenize(politics)], len(politics))
    assert "ASSAULT" in [e.category for e in extract(make_doc(politics, [], lang="en")).events]

"""Arabic events read on unseen news (eighteenth session, lead): a denial whose subject is long,
"without" and prevention, a day that falls on a date, stolen aid, achieving what is quoted, storms,
and word lists that normalisation made unreachable. Sentences are written for the tests in the
style of the news; each rule has both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_ar_reading16 import _none, _one  # noqa: E402  (the same pipeline run and labels)

pytestmark = pytest.mark.filterwarnings("ignore")


# -- modality


def test_a_denial_after_a_long_subject_and_a_day_covers_its_complement() -> None:
    ev = _one("نفى مستشار الأمن القومي الأميركي جون بولتون، الجمعة، أن يكون الرئيس دونالد ترامب قد طلب "
              "من البنتاغون تخفيض عدد القوات.", "طلب")
    assert ev[0] == "REQUEST" and ev[4] == "negated"


def test_a_denial_then_a_participle_of_saying_does_not_reach_past_it() -> None:
    ev = _one("نفى المتحدث باسم وزارة الخارجية الأميركية ذلك في مؤتمر صحفي عقده في واشنطن، مؤكدا أن القوات "
              "الأميركية قصفت مواقع التنظيم في سوريا.", "قصفت")
    assert ev[4] == "asserted"


def test_without_a_request_is_no_request() -> None:
    assert _one("ويمكن للتطبيق الوصول إلى الكاميرا دون طلب إذنك.", "طلب")[4] == "negated"


def test_attacks_prevented_did_not_happen() -> None:
    assert _one("وانتشر نحو 371 ألف جندي عند مراكز الاقتراع للحيلولة دون وقوع هجمات.", "هجمات")[4] == "negated"


def test_held_without_charge_is_no_charge() -> None:
    assert _one("وقال إن الصحفي اعتقل دون توجيه اتهام له.", "اتهام")[4] == "negated"


def test_an_attack_after_a_raid_stays_asserted() -> None:
    assert _one("وأعلنت الشرطة وقوع هجوم مسلح على حاجز أمني في المدينة.", "هجوم")[4] == "asserted"


# -- words in their ordinary sense


def test_a_day_that_falls_on_a_date_agrees_to_nothing() -> None:
    _none("وتحتفل القوات الجوية بعيدها الـ45، الذي يوافق 14 أكتوبر من كل عام.", "يوافق")


def test_agreeing_stays_agreeing() -> None:
    assert _one("ووافقت الحكومة على تقديم المساعدات للاجئين.", "ووافقت")[0] == "AGREE"


def test_stolen_aid_was_given_by_no_one() -> None:
    _none("واقتحمت الميليشيات مخازن البرنامج العالمي للغذاء في الحديدة، وسرقت المساعدات.", "المساعدات")


def test_aid_delivered_stays_aid() -> None:
    assert _one("وقدمت الإمارات المساعدات لأهالي الحديدة.", "وقدمت")[0] == "AID"


def test_achieving_a_quoted_vision_is_no_inquiry() -> None:
    _none('وتم إطلاق برامج تحقيق "رؤية المملكة 2030"، إضافة إلى زيادة الإنفاق.', "تحقيق")


def test_an_inquiry_into_a_quoted_case_stays_one() -> None:
    assert _one('وفتحت النيابة تحقيقا في "قضية الفساد" الكبرى.', "تحقيقا")[0] == "ACCUSE"


def test_the_dead_of_storms_were_attacked_by_no_one() -> None:
    _none("وقال مفوض الإغاثة إن 34 شخصا على الأقل قتلوا، وأصيب 47 آخرون عندما ضربت عواصف رعدية أنحاء الولاية.",
          "قتلوا")


def test_the_dead_of_a_raid_were_attacked() -> None:
    assert _one("وقال المسؤول إن 34 شخصا على الأقل قتلوا في غارة جوية على القرية.", "قتلوا")[0] == "ASSAULT"


# -- word lists written with hamza or ta marbuta, which normalisation never produces


def test_word_lists_hold_normalised_forms_only() -> None:
    import importlib
    import pkgutil

    import kg.events as events
    from kg.text.arabic import normalize

    bad = []
    for info in pkgutil.iter_modules(events.__path__):
        mod = importlib.import_module(f"kg.events.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, (frozenset, set, tuple)) and value and all(isinstance(x, str) for x in value):
                bad += [(info.name, name, x) for x in value
                        if any("\u0600" <= c <= "\u06ff" for c in x) and normalize(x) != x]
    assert not bad

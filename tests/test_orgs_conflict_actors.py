"""Armed and political actors of the Syrian, Iraqi, Kurdish and Palestinian conflicts that the
tagger cut or missed (قوات سوريا الديمقراطية -> "سوريا", هيئة تحرير الشام -> "الشام", حزب العمال
الكردستاني running on into the next word) are listed organizations: one node in Arabic and English."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


def _keys(text: str, lang: str) -> dict[str, str]:
    return {m.text: m.entity for m in process(Document(id="t", text=text, lang=lang)).mentions}


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("وشنت قوات سوريا الديمقراطية حملة استعادة الرقة.", "قوات سوريا الديمقراطية", "org/sdf"),
        ("وهاجمت وحدات حماية الشعب الكردية مواقع في عفرين.", "وحدات حماية الشعب الكردية", "org/ypg"),
        ("وتبنى حزب العمال الكردستاني الهجوم.", "حزب العمال الكردستاني", "org/pkk"),
        ("وسيطرت هيئة تحرير الشام على إدلب.", "هيئة تحرير الشام", "org/hts"),
        ("وقال قائد الحرس الثوري الإيراني إن بلاده سترد.", "الحرس الثوري الإيراني", "org/irgc"),
        ("وشاركت قوات الحشد الشعبي في المعارك.", "قوات الحشد الشعبي", "org/pmf"),
        ("وأعلنت حركة الجهاد الإسلامي مسؤوليتها.", "حركة الجهاد الإسلامي", "org/palestinian-islamic-jihad"),
        ("وقصفت ميليشيات الحوثي مواقع في تعز.", "ميليشيات الحوثي", "org/houthis"),
        ("وأطلقت الميليشيا الحوثية صاروخا على جازان.", "الميليشيا الحوثية", "org/houthis"),
        ("وقال تحالف دعم الشرعية في اليمن إنه اعترض صاروخا.", "تحالف دعم الشرعية في اليمن", "org/saudi-led-coalition"),
        ("وشنت طائرات التحالف الدولي غارات على الرقة.", "التحالف الدولي", "org/anti-isis-coalition"),
        ("وقال المرصد السوري لحقوق الإنسان إن الطائرات قصفت إدلب.", "المرصد السوري لحقوق الإنسان", "org/sohr"),
        ("واتهمت منظمة العفو الدولية الحكومة بتعذيب المعتقلين.", "منظمة العفو الدولية", "org/amnesty-international"),
        ("وقالت هيومن رايتس ووتش إن القوات أعدمت أسرى.", "هيومن رايتس ووتش", "org/human-rights-watch"),
        ("وأعلن الجيش الوطني الليبي سيطرته على درنة.", "الجيش الوطني الليبي", "org/lna"),
        ("وهاجمت حركة الشباب قاعدة عسكرية في الصومال.", "حركة الشباب", "org/al-shabaab"),
        ("وخطفت جماعة بوكو حرام طالبات في نيجيريا.", "جماعة بوكو حرام", "org/boko-haram"),
        ("وصادق الكنيست على قانون القومية.", "الكنيست", "org/knesset"),
    ],
)
def test_arabic_names_of_armed_actors_are_listed_organizations(text: str, name: str, key: str) -> None:
    assert _keys(text, "ar").get(name) == key


def test_english_names_reach_the_same_nodes() -> None:
    keys = _keys("Saudi-led coalition warplanes struck Houthi positions, Amnesty International said.", "en")
    assert keys.get("Saudi-led coalition") == "org/saudi-led-coalition"
    assert keys.get("Amnesty International") == "org/amnesty-international"
    keys = _keys("The PKK and the Revolutionary Guards were blamed. Hayat Tahrir al-Sham took Idlib.", "en")
    assert keys.get("PKK") == "org/pkk"
    assert keys.get("Revolutionary Guards") == "org/irgc"
    assert keys.get("Hayat Tahrir al-Sham") == "org/hts"


def test_syria_alone_stays_the_country() -> None:
    assert _keys("وقصفت الطائرات مواقع في سوريا.", "ar").get("سوريا") == "country/SY"

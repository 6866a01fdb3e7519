"""Arabic appointments and joinings: 'عُيّن X وزيرا للخارجية' -> position, 'انضم X إلى ORG' -> memberOf."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402


def verb_rels(text: str, names: list) -> set[tuple[str, str, str, str | None]]:
    """The relations of the verbs' score (0.5, ``attrs["score"]``); title relations score 0.6 and up."""
    doc = extract(make_doc(text, names, lang="ar"))
    for r in doc.relations:
        assert r.evidence is not None and doc.text[r.evidence.start : r.evidence.end] == r.evidence.text
    return {(r.subject, r.predicate, r.object, r.attrs.get("of")) for r in doc.relations if r.attrs["score"] == 0.5}


def per(name: str, key: str) -> tuple:
    return (name, "PER", None, key, False)


def org(name: str, key: str) -> tuple:
    return (name, "ORG", None, key, False)


def country(name: str, key: str) -> tuple:
    return (name, "LOC", "Country", key, False)


def test_passive_appointment_gives_the_title_as_a_title_writes_it() -> None:
    hunt = per("جيريمي هانت", "p/hunt")
    got = verb_rels("وعُيّن جيريمي هانت مساء الاثنين وزيراً للخارجية خلفا لبوريس جونسون.", [hunt])
    assert got == {("p/hunt", "position", "وزير الخارجية", None)}
    got = verb_rels("كما تم تعيين سمير مراد وزيراً للمياه والري.", [per("سمير مراد", "p/g")])
    assert got == {("p/g", "position", "وزير المياه والري", None)}
    got = verb_rels("وعُين صلاح غوش مديراً عاماً للجهاز.", [per("صلاح غوش", "p/s")])
    assert got == {("p/s", "position", "مدير عام للجهاز", None)}
    got = verb_rels("أعلن تعيين جينا هاسبيل كرئيسة للاستخبارات.", [per("جينا هاسبيل", "p/h")])
    assert got == {("p/h", "position", "رئيسة الاستخبارات", None)}
    got = verb_rels("أعلنت اللجنة عن تعيين اللاعب الإسباني، تشافي هيرنانديز، كأول سفير عالمي لها.", [per("تشافي هيرنانديز", "p/x")])
    assert got == {("p/x", "position", "سفير عالمي", None)}


def test_active_appointment_the_holder_is_the_name_before_the_title() -> None:
    names = [per("تيريزا ماي", "p/may"), per("جيريمي هانت", "p/hunt")]
    got = verb_rels("عينت رئيسة الوزراء تيريزا ماي جيريمي هانت وزيرا للخارجية.", names)
    assert got == {("p/hunt", "position", "وزير الخارجية", None)}
    names = [per("سلمان", "p/salman"), per("محمد", "p/mbs")]
    got = verb_rels("وعين الملك سلمان ابنه الأمير محمد وليا للعهد.", names)
    assert got == {("p/mbs", "position", "ولي العهد", None)}


def test_a_list_under_one_verb() -> None:
    names = [per("بكري حسن صالح", "p/b"), per("عثمان محمد", "p/o"), per("معتز موسى", "p/m")]
    got = verb_rels("واعتمد تعيين بكري حسن صالح نائبا أول للرئيس، وعثمان محمد كبر، نائبا للرئيس، ومعتز موسى رئيسا للوزراء.", names)
    assert got == {
        ("p/b", "position", "نائب أول للرئيس", None),
        ("p/o", "position", "نائب الرئيس", None),
        ("p/m", "position", "رئيس الوزراء", None),
    }


def test_of_a_country_or_organization() -> None:
    names = [per("إيفان دوكي", "p/duque"), country("كولومبيا", "country/CO")]
    got = verb_rels("انتخب اليميني إيفان دوكي (41 عاما) رئيسا لكولومبيا في الاقتراع.", names)
    assert got == {("p/duque", "leaderOf", "country/CO", None)}
    names = [per("سيريل رامابوسا", "p/r"), country("جنوب إفريقيا", "country/ZA")]
    got = verb_rels("اختير سيريل رامابوسا رئيسا لجمهورية جنوب إفريقيا بعد يوم.", names)
    assert got == {("p/r", "leaderOf", "country/ZA", None)}
    names = [per("بابلو كاسادو", "p/c"), org("الحزب الشعبي", "o/pp")]
    got = verb_rels("عين الحزب الشعبي اليوم بابلو كاسادو (37 عاما) رئيسا له خلفا لراخوي.", names)
    assert got == {("p/c", "leaderOf", "o/pp", None)}
    names = [per("أحمد", "p/a"), org("الأمم المتحدة", "o/un")]
    got = verb_rels("أصدر الرئيس قرارا بتعيين أحمد سفيرا لدى الأمم المتحدة.", names)
    assert got == {("p/a", "position", "سفير", "o/un")}
    names = [per("كولندا غرابار", "p/kg"), country("كرواتيا", "country/HR")]
    got = verb_rels("2015، انتخبت كولندا غرابار كأول رئيسة لكرواتيا.", names)
    assert got == {("p/kg", "leaderOf", "country/HR", None)}
    names = [per("جيمس جيفري", "p/jj"), country("سوريا", "country/SY")]
    got = verb_rels("أعلنت الوزارة تعيين جيمس جيفري، ممثلا خاصا لسوريا.", names)
    assert got == {("p/jj", "position", "ممثل خاص", "country/SY")}


def test_relative_clause_holder() -> None:
    got = verb_rels("وقال سركيسيان، الذي عين رئيسا للوزراء مؤخرا، إنه سيستقيل.", [per("سركيسيان", "p/s")])
    assert got == {("p/s", "position", "رئيس الوزراء", None)}
    names = [per("حفتر", "p/h"), per("القذافي", "p/q")]
    got = verb_rels("وكان حفتر الذي عينه القذافي قائدا للقوات الليبية.", names)
    assert ("p/h", "position", "قائد القوات الليبية", None) in got
    assert not any(r[0] == "p/q" for r in got)
    got = verb_rels("عمل حفتر مع العقيد معمر القذافي، الذي عينه قائدا للقوات الليبية.", [per("معمر القذافي", "p/q")])
    assert got == set()  # the antecedent appointed: "him" holds the office


def test_joining_gives_membership() -> None:
    names = [per("كوتينيو", "p/c"), org("برشلونة", "o/fcb")]
    assert verb_rels("وانضم كوتينيو إلى برشلونة في يناير الماضي.", names) == {("p/c", "memberOf", "o/fcb", None)}
    names = [per("شورله", "p/s"), org("دورتموند", "o/bvb")]
    assert verb_rels("كان شورله قد انضم إلى دورتموند عام 2016.", names) == {("p/s", "memberOf", "o/bvb", None)}
    names = [per("طارق جدعون", "p/t"), org("الدولة الإسلامية", "o/is")]
    got = verb_rels("وانضم طارق جدعون، وهو من أصول مغربية، إلى صفوف تنظيم \"الدولة الإسلامية\" في 2014.", names)
    assert got == {("p/t", "memberOf", "o/is", None)}
    names = [per("بينيتيز", "p/b"), org("مجلس الشيوخ", "o/s")]
    assert verb_rels("وانضم بينيتيز في 2005 إلى الحزب، حتى أصبح رئيسا لمجلس الشيوخ.", names) == set()
    names = [country("كرواتيا", "country/HR"), org("حلف الناتو", "o/nato")]
    got = verb_rels("2009، انضمت كرواتيا إلى حلف الناتو.", names)
    assert got == {("country/HR", "memberOf", "o/nato", None)}


def test_nothing_without_a_title_a_name_or_an_assertion() -> None:
    bolton = per("بولتون", "p/b")
    assert verb_rels("وعين محله بولتون.", [bolton]) == set()  # no title
    assert verb_rels("ثم عينت وزيرة للخارجية النمساوية.", []) == set()  # dropped pronoun
    assert verb_rels("وتعيين معين عبد الملك خلفا له.", [per("معين عبد الملك", "p/m")]) == set()
    names = [per("كوتينيو", "p/c"), org("برشلونة", "o/fcb")]
    assert verb_rels("لم ينضم كوتينيو إلى برشلونة.", names) == set()
    assert verb_rels("ولن ينضم كوتينيو إلى برشلونة.", names) == set()
    assert verb_rels("وإذا انضم كوتينيو إلى برشلونة فسيلعب.", names) == set()
    assert verb_rels("من المقرر تعيين كوتينيو مدربا لبرشلونة.", names) == set()
    assert verb_rels("في ظل عدم تعيين كوتينيو رئيسا جديدا.", names) == set()
    assert verb_rels("انضمت بريطانيا للولايات المتحدة.", [country("بريطانيا", "country/GB"), country("الولايات المتحدة", "country/US")]) == set()
    assert verb_rels("انضم إليه كوتينيو.", names) == set()  # no organization
    names = [per("هييرو", "p/h")]
    got = verb_rels("بسبب إقالة لوبيتيغي وتعيين هييرو مكانه بسبب الإعلان عن تعيين الأول مدربا لريال مدريد.", names)
    assert got == set()  # the title belongs to the second appointment, whose holder is not named
    names = [per("ماتيرلا", "p/m")]
    assert verb_rels("بعد تعيين الرئيس ماتيرلا مديرا سابقا لصندوق النقد.", names) == set()


def test_ali_is_a_name_not_the_preposition_ala() -> None:
    """علي normalises like على ("on"); a person mention starting with it is Ali."""
    from kg.model import Document
    from kg.pipeline import process

    doc = process(Document(id="t", text="قال وزير الخارجية العراقي علي علاوي إن بغداد ترفض.", lang="ar"))
    rels = {(r.predicate, str(r.object)) for r in doc.relations}
    assert ("position", "وزير الخارجية") in rels and ("country", "country/IQ") in rels, rels

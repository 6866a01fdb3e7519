"""Arabic titles as relations, as a reading of 300 unseen ANT articles found them (seventeenth session).

Each case is one the reading met: a rank that is a team or a brigade, a title cut by a time word, a
title whose genitive is another title, two offices joined by "و", a former office, heads of bodies
that are not heads of state, titles after the name, titles with no country, feminine titles and
coaches, relatives before a title, a name after a preposition, "وزير خارجيته", places and
nationality adjectives that belong to something else.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402


def rels(text: str, names: list) -> set[tuple[str, str, str, str | None]]:
    doc = extract(make_doc(text, names))
    for r in doc.relations:
        assert r.evidence is not None and doc.text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert 0 < r.confidence <= 1
    return {(r.subject, r.predicate, r.object, r.attrs.get("of")) for r in doc.relations}


def per(name: str, key: str) -> tuple:
    return (name, "PER", None, key, False)


def nat(word: str, iso: str) -> tuple:
    return (word, "LOC", "Country", f"country/{iso}", True)


def country(word: str, iso: str) -> tuple:
    return (word, "LOC", "Country", f"country/{iso}", False)


def org(name: str, key: str) -> tuple:
    return (name, "ORG", None, key, False)


def of_person(got: set, key: str) -> set:
    return {r for r in got if r[0] == key}


def test_a_rank_is_a_title_only_right_before_the_name() -> None:
    got = rels("وعاد مع باقي الفريق الكرواتي جلب لقب تاريخي للبلاد.", [nat("الكرواتي", "HR"), per("جلب", "person/x")])
    assert of_person(got, "person/x") == set()  # was: position "الفريق" of Croatia (the team)
    got = rels("أعرب نائب رئيس شرطة دبي الفريق ضاحي خلفان عن الاستعداد.",
               [("دبي", "LOC", "City", "city/292223", False), per("ضاحي خلفان", "person/dk")])
    assert ("person/dk", "position", "نائب رئيس شرطة دبي", None) in got  # without the rank
    got = rels("وقال أركان حرب اللواء التاسع حرس حدود العقيد محمد العملسي إن", [per("محمد العملسي", "person/ma")])
    assert of_person(got, "person/ma") == {("person/ma", "position", "العقيد", None)}
    got = rels("وقال اللواء سعد معن إن القوات تقدمت.", [per("سعد معن", "person/sm")])
    assert ("person/sm", "position", "اللواء", None) in got


def test_a_time_word_ends_the_title() -> None:
    got = rels("سعى للتمثيل أمام الزعيم قبل انطلاق شهر رمضان الماضي.", [per("رمضان", "person/r")])
    assert of_person(got, "person/r") == set()  # was: position "الزعيم قبل انطلاق شهر"


def test_a_title_whose_genitive_is_a_title_names_no_holder() -> None:
    names = [country("كوريا الجنوبية", "KR"), per("مون جيه إن", "person/moon")]
    got = rels("وقال المتحدث باسم رئيس كوريا الجنوبية مون جيه إن إن الاجتماع", names)
    assert of_person(got, "person/moon") == set()  # was: Moon position "المتحدث باسم رئيس"
    names = [nat("العراقي", "IQ"), per("فؤاد معصوم", "person/fm")]
    got = rels("أبلغ المستشار القانوني للرئيس العراقي فؤاد معصوم وكالة رويترز", names)
    assert of_person(got, "person/fm") == set()


def test_the_last_office_joined_by_and_is_the_names() -> None:
    got = rels("إن الاقتباسات المنسوبة إلى وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي مختلقة.",
               [per("جون كيلي", "person/jk")])
    assert of_person(got, "person/jk") == {("person/jk", "position", "كبير موظفي البيت الأبيض", None)}


def test_a_former_office_is_no_leadership_now() -> None:
    got = rels("منذ مرض زعيمه ورئيس العراق السابق جلال الطالباني.",
               [country("العراق", "IQ"), per("جلال الطالباني", "person/jt")])
    assert ("person/jt", "position", "رئيس العراق السابق", "country/IQ") in got
    assert not any(p == "leaderOf" for _, p, _, _ in got)
    got = rels("مشاوراته مع وزير الخارجية الأميركي الأسبق جون كيري بشأن الاتفاق.",
               [nat("الأميركي", "US"), per("جون كيري", "person/kerry")])
    assert ("person/kerry", "position", "وزير الخارجية الأميركي الأسبق", "country/US") in got
    assert ("person/kerry", "position", "وزير الخارجية", "country/US") not in got


def test_only_a_head_of_state_or_government_leads_the_country() -> None:
    got = rels("بات مصير رئيس مجلس العموم البريطاني، جون بيركو، على المحك.",
               [nat("البريطاني", "GB"), per("جون بيركو", "person/jb")])
    assert ("person/jb", "position", "رئيس مجلس العموم", "country/GB") in got
    assert not any(p == "leaderOf" for _, p, _, _ in got)
    got = rels("دعا زعيم المعارضة الأرمينية، نيكول باشينيان، إلى الإضراب.",
               [nat("الأرمينية", "AM"), per("نيكول باشينيان", "person/np")])
    assert ("person/np", "position", "زعيم المعارضة", "country/AM") in got
    assert not any(p == "leaderOf" for _, p, _, _ in got)
    got = rels("اقترحت على رئيس السلطة الوطنية الفلسطينية، محمود عباس، كونفدرالية.",
               [nat("الفلسطينية", "PS"), per("محمود عباس", "person/ma")])
    assert ("person/ma", "leaderOf", "country/PS", None) in got
    got = rels("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن", [nat("الإسرائيلي", "IL"), per("بنيامين نتنياهو", "person/bn")])
    assert ("person/bn", "leaderOf", "country/IL", None) in got


def test_a_title_after_the_name_and_a_comma() -> None:
    got = rels("وقال فريديريك جيو، رئيس البعثة المشتركة، إن البعثة اكتشفت العظام.", [per("فريديريك جيو", "person/fg")])
    assert ("person/fg", "position", "رئيس البعثة المشتركة", None) in got
    names = [per("جوزيه مورينيو", "person/jm"), org("مانشستر يونايتد", "org/mu"), per("ماوريسيو بوكيتينو", "person/mp"),
             org("توتنهام هوتسبير", "org/th")]
    got = rels("وتضع جوزيه مورينيو، مدرب مانشستر يونايتد، وماوريسيو بوكيتينو، مدرب توتنهام هوتسبير على رأس قائمته.", names)
    assert of_person(got, "person/jm") == {("person/jm", "position", "مدرب مانشستر يونايتد", "org/mu")}
    assert of_person(got, "person/mp") == {("person/mp", "position", "مدرب توتنهام هوتسبير", "org/th")}
    got = rels("وقالت سارة ساندرز، المتحدثة باسم البيت الأبيض، إن الكتاب مختلق.", [per("سارة ساندرز", "person/ss")])
    assert ("person/ss", "position", "المتحدثة باسم البيت الأبيض", None) in got
    got = rels("وقال فكرت أوزار، سفير تركيا في قطر، إن", [per("فكرت أوزار", "person/fo"), country("تركيا", "TR"),
                                                        country("قطر", "QA")])
    assert ("person/fo", "position", "سفير", "country/TR") in got
    names = [per("بوتين", "person/vp"), per("ديمتري ميدفيديف", "person/dm")]
    got = rels("والتقى بوتين، رئيس الوزراء ديمتري ميدفيديف أمس.", names)
    assert of_person(got, "person/vp") == set()  # the title is Medvedev's


def test_a_lone_title_with_no_country_is_still_a_position() -> None:
    got = rels("وقال الحريري بعد اجتماع مع الرئيس، ميشال عون، إن", [per("الحريري", "person/h"), per("ميشال عون", "person/ma")])
    assert ("person/ma", "position", "الرئيس", None) in got
    got = rels("كان آخر خبر عن الزعيم كيم هو زيارته.", [per("كيم", "person/kim")])
    assert ("person/kim", "position", "الزعيم", None) in got
    got = rels("بومبيو يبحث مع العاهل السعودي اختفاء خاشقجي", [per("بومبيو", "person/mp"), per("خاشقجي", "person/jk")])
    assert of_person(got, "person/jk") == set()  # a genitive after a title, no apposition


def test_feminine_titles_and_coaches() -> None:
    got = rels("وقالت المستشارة الألمانية أنجيلا ميركل إن", [nat("الألمانية", "DE"), per("أنجيلا ميركل", "person/am")])
    assert ("person/am", "position", "المستشارة", "country/DE") in got
    assert ("person/am", "country", "country/DE", None) in got
    got = rels("وأراح المدرب الفرنسي زين الدين زيدان نجمه.", [nat("الفرنسي", "FR"), per("زين الدين زيدان", "person/zz")])
    assert of_person(got, "person/zz") == {("person/zz", "position", "المدرب", None),
                                           ("person/zz", "country", "country/FR", None)}
    got = rels("أعلن المدير الفني الفرنسي زين الدين زيدان استقالته.", [nat("الفرنسي", "FR"), per("زين الدين زيدان", "person/zz")])
    assert ("person/zz", "position", "المدير الفني", None) in got  # was: of France
    got = rels("وأسفر القصف عن إصابة سكرتير الحزب مصطفى مولود.", [per("مصطفى مولود", "person/mm")])
    assert ("person/mm", "position", "سكرتير الحزب", None) in got


def test_a_relative_before_a_title_or_a_name_after_a_preposition() -> None:
    got = rels("وجهت اتهاما لزوجة رئيس الوزراء، سارة نتانياهو، بالاحتيال.", [per("سارة نتانياهو", "person/sn")])
    assert of_person(got, "person/sn") == set()
    got = rels("استشار بيكر محامي الرئيس الأمريكي مايكل كوهين حول الشهادة.",
               [per("بيكر", "person/b"), nat("الأمريكي", "US"), per("مايكل كوهين", "person/mc")])
    assert of_person(got, "person/mc") == set()  # was: leaderOf the United States
    got = rels("لم يكتف الزعيم السعودي بهذه الصورة للترحيب بعبد الرحمن، بل نشر فيديو.",
               [per("عبد الرحمن", "person/ar")])
    assert of_person(got, "person/ar") == set()


def test_his_foreign_minister_is_the_foreign_minister() -> None:
    got = rels("وقال ترامب إنه يتوقع تقريرا من وزير خارجيته مايك بومبيو، حول جولته.",
               [per("ترامب", "person/t"), per("مايك بومبيو", "person/mp")])
    assert ("person/mp", "position", "وزير الخارجية", None) in got  # was: "وزير خارجيته"


def test_places_and_adjectives_that_belong_elsewhere() -> None:
    doc = make_doc("عشرات المواقع التابعة لقوات تدعمها طهران في سوريا.",
                   [("طهران", "LOC", "City", "city/112931", False), country("سوريا", "SY")])
    doc.mentions[0].attrs["country_iso"] = "IR"
    got = {(r.subject, r.predicate, r.object) for r in extract(doc).relations}
    assert ("city/112931", "locatedIn", "country/SY") not in got
    got = rels("المنافسة بين الأندية الثلاثة الكبرى في إسطنبول، بشيكتاش وغلطة سراي.",
               [("إسطنبول", "LOC", "City", "city/745044", False), ("بشيكتاش", "LOC", None, "loc/besiktas", False)])
    assert not any(p == "locatedIn" for _, p, _, _ in got)
    got = rels("عندما يلتقي المنتخب التونسي نظيره الإسباني في التاسع.",
               [org("المنتخب التونسي", "org/tn-team"), nat("الإسباني", "ES")])
    assert ("org/tn-team", "country", "country/ES", None) not in got
    got = rels("وجاء في بيان صادر عن وزارة الاقتصاد والتجارة القطرية أن", [org("وزارة الاقتصاد", "org/moe"), nat("القطرية", "QA")])
    assert ("org/moe", "country", "country/QA", None) in got


def test_an_appointed_committee_chair_keeps_the_lam_of_the_committee() -> None:
    got = rels("وعين البرلمان سامي رئيسا للجنة المالية أمس.", [per("سامي", "person/s")])
    assert ("person/s", "position", "رئيس اللجنة المالية", None) in got  # was: "رئيس الجنة المالية"


def test_a_place_named_after_a_king_and_a_coordinated_adjective() -> None:
    got = rels("سيحتضن استاد مدينة الملك عبدالله قمة الدور ربع النهائي.", [per("عبدالله", "person/a")])
    assert of_person(got, "person/a") == set()  # was: position "الملك" (the name is the stadium's)
    got = rels("بعد بوب بايزلي مع ليفربول والإيطالي كارلو أنشيلوتي مع ميلان.",
               [org("ليفربول", "org/lfc"), nat("الإيطالي", "IT"), per("كارلو أنشيلوتي", "person/ca")])
    assert ("org/lfc", "country", "country/IT", None) not in got  # the adjective is the next name's


def test_a_well_known_name_with_the_article_takes_its_title() -> None:
    got = rels("جاء ذلك خلال اتصال هاتفي تلقاه الرئيس السيسي من ملك البحرين.",
               [per("السيسي", "person/abdel-fattah-el-sisi"), country("البحرين", "BH")])
    assert ("person/abdel-fattah-el-sisi", "position", "الرئيس", None) in got
    got = rels("وقال الرئيس السوري الأسد إن", [nat("السوري", "SY"), per("الأسد", "person/bashar-al-assad")])
    assert ("person/bashar-al-assad", "leaderOf", "country/SY", None) in got
    got = rels("وقال الرئيس السوري الأسد إن", [nat("السوري", "SY"), per("الأسد", "person/%D8%A7~12ab")])
    assert not any(p == "leaderOf" for _, p, _, _ in got)  # a name kg does not know: maybe a common noun


# The cases below were found reading the blind sample's judgment (relB), after it was judged.


def test_a_chanted_title_a_genitive_and_a_prepositional_object_are_no_office() -> None:
    got = rels('وهتف الحشد "السلطان أردوغان" لدى وصوله.', [per("أردوغان", "person/re")])
    assert of_person(got, "person/re") == set()  # a nickname in quotes
    got = rels('بعد تعليقه بأنه "أقنع" الرئيس الأمريكي دونالد ترامب بالبقاء.',
               [nat("الأمريكي", "US"), per("دونالد ترامب", "person/dt")])
    assert ("person/dt", "leaderOf", "country/US", None) in got  # a quote before the title only
    got = rels("اقترب تشلسي من التعاقد مع ساري مدرب نابولي السابق لخلافة أنطونيو كونتي.",
               [per("ساري", "person/ms"), org("نابولي", "org/napoli"), per("أنطونيو كونتي", "person/ac")])
    assert of_person(got, "person/ac") == set()  # was: position "مدرب نابولي السابق لخلافة"
    got = rels("دفع خوان بيتزي مدرب المنتخب السعودي بالمهاجم مهند عسيري بديلا.",
               [per("خوان بيتزي", "person/jp"), org("المنتخب السعودي", "org/ksa"), per("مهند عسيري", "person/ma")])
    assert of_person(got, "person/ma") == set()
    got = rels("وتحدث الأمين العام للاتحاد الفرنسي الديمقراطي للعمل لوران برجيه عن المرحلة.",
               [per("لوران برجيه", "person/lb")])
    assert ("person/lb", "position", "الأمين العام للاتحاد الفرنسي الديمقراطي للعمل", None) in got


def test_a_list_after_a_comma_a_staff_rank_and_a_relative_named_after() -> None:
    got = rels("تأسست الشركة على يد منى عطايا، الرئيس التنفيذي، ولينا خليل، الشريك المؤسس.",
               [per("منى عطايا", "person/ma"), per("لينا خليل", "person/lk")])
    assert ("person/ma", "position", "الرئيس التنفيذي", None) in got
    assert of_person(got, "person/lk") == set()  # was: position "الرئيس التنفيذي" (Mona Ataya's)
    got = rels("وأكد المتحدث الرسمي باسم قوات التحالف، العقيد الركن تركي المالكي، أن",
               [org("قوات التحالف", "org/coalition"), per("تركي المالكي", "person/tm")])
    assert ("person/tm", "position", "العقيد الركن", None) in got
    got = rels("أكدت زوجة الرئيس السوري بشار الأسد، أسماء الأسد، أنها من الشعب.",
               [nat("السوري", "SY"), per("بشار الأسد", "person/ba"), per("أسماء الأسد", "person/aa")])
    assert ("person/ba", "leaderOf", "country/SY", None) in got


def test_a_prime_minister_of_a_named_country_leads_it() -> None:
    got = rels("يلتقي كيم مع رئيس وزراء سنغافورة، لي هسيين لونغ، اليوم.",
               [per("كيم", "person/k"), country("سنغافورة", "SG"), per("لي هسيين لونغ", "person/lhl")])
    assert ("person/lhl", "leaderOf", "country/SG", None) in got  # was: position "رئيس وزراء"


def test_a_country_after_a_comma_and_wa_is_a_list() -> None:
    got = rels("تلعب مصر إلى جانب روسيا البلد المضيف، وأوروغواي والسعودية.",
               [("المضيف", "LOC", None, "loc/host", False), country("أوروغواي", "UY")])
    assert not any(p in ("country", "locatedIn") for _, p, _, _ in got)  # was: المضيف country Uruguay
    got = rels("وصل الوفد إلى ريازان، روسيا أمس.", [("ريازان", "LOC", "City", "city/500096", False), country("روسيا", "RU")])
    assert ("city/500096", "locatedIn", "country/RU", None) in got


def test_past_a_coordinated_noun_only_a_feminine_adjective_is_the_organizations() -> None:
    got = rels("اندلعت اشتباكات بين قوات التحالف والجيش السوري قرب الحدود.", [org("قوات التحالف", "org/c"), nat("السوري", "SY")])
    assert ("org/c", "country", "country/SY", None) not in got  # the Syrian army, not the coalition
    got = rels("أبدى رئيس مؤسسة الحج والزيارة الإيرانية استعداد بلاده.", [org("مؤسسة الحج", "org/h"), nat("الإيرانية", "IR")])
    assert ("org/h", "country", "country/IR", None) in got


def test_a_title_after_the_preposition_lam() -> None:
    got = rels("وتقود الرياض تحالفا عسكريا دعما للرئيس اليمني عبد ربه منصور هادي في مواجهة الحوثيين.",
               [nat("اليمني", "YE"), per("عبد ربه منصور هادي", "person/hadi")])
    assert ("person/hadi", "leaderOf", "country/YE", None) in got
    got = rels("أمرت الولايات المتحدة المليشيات الموالية للرئيس بشار الأسد بالابتعاد عنها.",
               [per("بشار الأسد", "person/bashar-al-assad")])
    assert ("person/bashar-al-assad", "position", "الرئيس", None) in got
    got = rels("وجه رسالة لرئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس.",
               [nat("الإسرائيلي", "IL"), per("بنيامين نتنياهو", "person/bn")])
    assert ("person/bn", "leaderOf", "country/IL", None) in got
    got = rels('قدم مانديلا الكأس لقائد الفريق "فرانسوا بينار" بعد الفوز.', [per("فرانسوا بينار", "person/fp")])
    assert ("person/fp", "position", "قائد الفريق", None) in got  # without the quote mark

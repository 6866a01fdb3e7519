"""Resolution keeps spans that are no name out of the entity layer (kg.resolve.nameness)."""
from __future__ import annotations

from kg.model import Document, Mention
from kg.resolve import resolve_document
from kg.resolve.link import EntityIndex
from kg.resolve.nameness import is_local, name_span, word_class


def _doc(text: str, spans: list[tuple[str, str, float, str]], doc_id: str = "d") -> Document:
    mentions: list[Mention] = []
    for surface, label, score, source in spans:
        i = text.index(surface)
        while any(m.start < i + len(surface) and i < m.end for m in mentions):  # the next free occurrence
            i = text.index(surface, i + 1)
        mentions.append(Mention(i, i + len(surface), surface, label=label, score=score, source=source))
    return Document(id=doc_id, text=text, lang="ar", mentions=mentions)


def test_nameness_table_knows_function_words_not_names() -> None:
    assert word_class("وراء") == "F"
    assert word_class("بسبب") is not None and word_class("وبسبب") is not None  # glued proclitic
    for name in ("ترامب", "بوتين", "فيصل", "كمال", "محمد", "سلمان"):
        assert word_class(name) is None, name


def test_nameness_junk_span_becomes_no_entity() -> None:
    doc = resolve_document(_doc("وقال وراء ذلك إن الأمر انتهى.", [("وراء", "PER", 0.9, "ner")]))
    assert doc.entities == {}
    assert doc.mentions[0].entity is None and doc.mentions[0].attrs["not_a_name"]


def test_nameness_trailing_word_cut_from_person() -> None:
    text = "التقى محمود عباس بسبب الأزمة، وقال عباس إن الوضع صعب."
    doc = resolve_document(_doc(text, [("محمود عباس بسبب", "PER", 0.9, "ner"), ("عباس", "PER", 0.9, "ner")]))
    (e,) = doc.entities.values()
    assert e.labels["ar"] == "محمود عباس"
    assert doc.mentions[0].text == "محمود عباس" and text[doc.mentions[0].start:doc.mentions[0].end] == "محمود عباس"
    assert not is_local(e.key)


def test_nameness_title_stays_and_known_name_untouched() -> None:
    text = "قال الرئيس فلاديمير بوتين إن الأمر انتهى."
    doc = resolve_document(_doc(text, [("الرئيس فلاديمير بوتين", "PER", 0.6, "rules")]))
    assert list(doc.entities) == ["person/vladimir-putin"]


def test_nameness_unconfirmed_single_sighting_is_document_local() -> None:
    text = "قال قلقان إن الأمر انتهى."
    a = resolve_document(_doc(text, [("قلقان", "PER", 0.55, "rules")], "a"))
    b = resolve_document(_doc(text + " ", [("قلقان", "PER", 0.55, "rules")], "b"))
    (ka,), (kb,) = list(a.entities), list(b.entities)
    assert is_local(ka) and is_local(kb) and ka != kb  # never the same node across documents
    index = EntityIndex()
    index.link(a)
    assert index.link(b) == {} and kb not in index


def test_nameness_confident_or_repeated_name_is_linkable() -> None:
    once = resolve_document(_doc("قال خاشقجي إن الأمر انتهى.", [("خاشقجي", "PER", 0.95, "ner")]))
    twice = resolve_document(_doc("قال خاشقجي إن خاشقجي مضى.", [("خاشقجي", "PER", 0.55, "rules")]))
    twice.mentions.append(Mention(14, 20, "خاشقجي", label="PER", score=0.55, source="rules"))
    twice = resolve_document(twice)
    assert not any(is_local(k) for k in once.entities)
    assert not any(is_local(k) for k in twice.entities)


def test_nameness_common_word_organization_is_document_local() -> None:
    text = "قالت الحكومة إن وزارة الخارجية الروسية قالت ذلك."
    doc = resolve_document(_doc(text, [("الحكومة", "ORG", 0.95, "ner"),
                                       ("وزارة الخارجية الروسية قالت", "ORG", 0.95, "ner")]))
    keys = {m.text: m.entity for m in doc.mentions}
    assert keys["الحكومة"] is not None and is_local(keys["الحكومة"])
    assert "وزارة الخارجية الروسية" in keys  # the trailing verb is cut off
    assert not is_local(keys["وزارة الخارجية الروسية"] or "~")


def test_nameness_name_span_offsets() -> None:
    m = Mention(0, 18, "والرئيس قلقان إزاء", label="PER", source="ner")
    a, b = name_span(m, "Person") or (0, 0)
    assert m.text[a:b] == "قلقان"
    assert name_span(Mention(0, 5, "Obama", label="PER"), "Person") == (0, 5)


def test_nameness_ali_is_a_name_ala_a_preposition() -> None:
    assert word_class("علي", "علي") is None and word_class("علي", "على") == "F"
    text = "قال علي عبد الله صالح إن الأمر انتهى."
    doc = resolve_document(_doc(text, [("علي عبد الله صالح", "PER", 0.9, "ner")]))
    assert doc.mentions[0].text == "علي عبد الله صالح"


def test_nameness_edges_that_may_be_names_stay() -> None:
    for span in ("كريم العلمي", "زين العابدين بن علي", "عبد القوي"):
        m = Mention(0, len(span), span, label="PER", source="ner")
        assert name_span(m, "Person") == (0, len(span)), span
    m = Mention(0, 24, "والنفط رفائيل راميريز", label="PER", source="ner")
    a, b = name_span(m, "Person") or (0, 0)
    assert m.text[a:b] == "رفائيل راميريز"


def test_resolve_document_father_and_run_together_names_are_not_short_forms() -> None:
    text = ("قال خالد بن سلمان بن عبد العزيز إن سلمان بن عبد العزيز أمر. "
            "والتقت تيريزا ماي جيريمي هانت ثم قالت تيريزا ماي إن جيريمي هانت محق.")
    names = [("خالد بن سلمان بن عبد العزيز", "PER", 0.9, "ner"), ("تيريزا ماي جيريمي هانت", "PER", 0.9, "ner")]
    doc = _doc(text, names)
    for surface in ("سلمان بن عبد العزيز", "تيريزا ماي", "جيريمي هانت"):
        i = text.index(surface, text.index(surface) + 1) if surface != "سلمان بن عبد العزيز" else text.index(" سلمان بن") + 1
        doc.mentions.append(Mention(i, i + len(surface), surface, label="PER", score=0.9, source="ner"))
    doc.mentions.sort(key=lambda m: m.start)
    resolve_document(doc)
    key = {m.text: m.entity for m in doc.mentions}
    assert key["سلمان بن عبد العزيز"] != key["خالد بن سلمان بن عبد العزيز"]
    assert key["جيريمي هانت"] != key["تيريزا ماي"]


def test_nameness_word_cut_by_the_tagger_is_judged_as_written() -> None:
    text = "وصوت خمسون عضوا لصالح كافانو."
    i = text.index("صالح")
    doc = Document(id="k", text=text, lang="ar", mentions=[
        Mention(i, i + 4, "صالح", label="PER", score=0.95, source="ner"),
        Mention(text.index("كافانو"), text.index("كافانو") + 6, "كافانو", label="PER", score=0.95, source="ner")])
    resolve_document(doc)
    assert doc.mentions[0].entity is None and doc.mentions[1].entity is not None


def test_nameness_nationality_tagged_as_person_denotes_the_state() -> None:
    text = "وقطب أعمال روسي له صلات بالكرملين."
    i = text.index("روسي")
    m = Mention(i, i + 4, "روسي", label="PER", score=0.95, source="ner",
                attrs={"also": ["gazetteer"], "nationality_iso": "RU"})
    doc = resolve_document(Document(id="r", text=text, lang="ar", mentions=[m]))
    assert list(doc.entities) == ["country/RU"]
    assert ("روسي", "ar") not in doc.entities["country/RU"].alt_labels


def test_link_given_name_or_fathers_name_alone_is_not_linked_across_documents() -> None:
    from kg.model import Entity

    def one(doc_id: str, key: str, name: str, ctx: list[str]) -> Document:
        d = Document(id=doc_id, text=name, lang="ar")
        d.entities[key] = Entity(key=key, type="Person", labels={"ar": name},
                                 mentions=[Mention(0, len(name), name, label="PER", entity=key)])
        for c in ctx:
            d.entities[c] = Entity(key=c, type="Country", labels={"en": c})
        return d

    ctx = ["country/GB", "country/RU", "city/2638664"]
    index = EntityIndex()
    index.link(one("a", "person/yulia-arshova", "يوليا ارشوفا", ctx))
    index.link(one("b", "person/tamim", "تميم بن حمد", ctx))
    assert index.link(one("c", "person/yulia", "يوليا", ctx)) == {}
    assert index.link(one("d", "person/hamad", "حمد", ctx)) == {}
    # nor a surname alone, even in the same context: within its own story only it joins the full name
    assert index.link(one("e", "person/arshova", "ارشوفا", ctx)) == {}


def test_resolve_document_run_on_word_is_cut_when_the_shorter_name_is_there() -> None:
    text = "فاز غييرمو ديل تورو بأوسكار أفضل مخرج. وقال غييرمو ديل تورو إنه سعيد."
    doc = resolve_document(_doc(text, [("غييرمو ديل تورو بأوسكار", "PER", 0.9, "ner"),
                                       ("غييرمو ديل تورو", "PER", 0.9, "ner")]))
    (e,) = doc.entities.values()
    assert e.labels["ar"] == "غييرمو ديل تورو" and {m.text for m in doc.mentions} == {"غييرمو ديل تورو"}


def test_resolve_document_surname_after_a_missed_given_name_stays_apart() -> None:
    text = "وقالت سمر بدوي إن شقيقها رائف بدوي معتقل. وقال بدوي إن الأمر صعب."
    doc = resolve_document(_doc(text, [("سمر بدوي", "PER", 0.95, "ner"), ("بدوي", "PER", 0.95, "ner"),
                                       ("بدوي", "PER", 0.95, "ner")]))
    by_start = sorted(doc.mentions, key=lambda m: m.start)
    samar, raif, alone = by_start
    assert raif.entity != samar.entity
    assert alone.entity == samar.entity  # after "وقال" the surname alone is hers


def test_resolve_document_span_running_on_after_a_listed_name_is_cut_to_it() -> None:
    text = "وصف الرئيس الأمريكي دونالد ترامب موظفة البيت الأبيض السابقة. وقال ترامب إن موظفة سابقة كذبت."
    doc = resolve_document(_doc(text, [("دونالد ترامب موظفة", "PER", 0.9, "ner"), ("ترامب", "PER", 0.9, "ner"),
                                       ("موظفة", "PER", 0.6, "rules")]))
    trump = [m for m in doc.mentions if m.entity == "person/donald-trump"]
    assert {m.text for m in trump} == {"دونالد ترامب", "ترامب"}
    assert all(m.entity != "person/donald-trump" for m in doc.mentions if m.text == "موظفة")


def test_link_a_word_alone_is_not_linked_to_a_full_name_of_another_story() -> None:
    from kg.model import Entity

    def one(doc_id: str, key: str, name: str, ctx: list[str]) -> Document:
        d = Document(id=doc_id, text=name, lang="ar")
        d.entities[key] = Entity(key=key, type="Person", labels={"ar": name},
                                 mentions=[Mention(0, len(name), name, label="PER", entity=key)])
        for c in ctx:
            d.entities[c] = Entity(key=c, type="Country" if c.startswith("country/") else "City", labels={"en": c})
        return d

    index = EntityIndex()
    index.link(one("a", "person/john-byrd", "جون بيرد", ["country/US", "country/KP"]))
    assert index.link(one("b", "person/byrd", "بيرد", ["country/US", "country/KP"])) == {}
    index.link(one("c", "person/john-baird", "جون بيرد ماكين", ["country/CA", "city/6094817"]))
    # a shared city does not make it safe either: "بيرد" there may be a relative or a namesake
    assert index.link(one("d", "person/baird", "ماكين", ["country/CA", "city/6094817"])) == {}


def test_resolve_document_fathers_name_or_cut_name_alone_joins_no_full_name() -> None:
    text = "ومنذ وصول الملك سلمان إلى العرش عين محمد بن سلمان وليا للعهد. وحكم على المرشد محمد بديع وعلى محمد مرسي."
    doc = resolve_document(_doc(text, [("محمد بن سلمان", "PER", 0.95, "ner"), ("سلمان", "PER", 0.95, "ner"),
                                       ("محمد مرسي", "PER", 0.95, "ner"), ("محمد", "PER", 0.95, "ner")]))
    key = {m.text: m.entity for m in doc.mentions}
    assert key["سلمان"] != key["محمد بن سلمان"]  # King Salman, the father
    assert key["محمد"] != key["محمد مرسي"]  # Mohamed Badie, cut short by the tagger


def test_resolve_document_a_common_noun_with_a_suffix_is_no_person() -> None:
    text = "وقال كيم إن جيشي البلدين يجب أن يتحدا. وقال فوزي البرقاوي إن جيشه مستعد."
    specs = [("جيشي", "PER", 0.9, "ner"), ("جيشه", "PER", 0.9, "ner"), ("فوزي البرقاوي", "PER", 0.9, "ner")]
    doc = resolve_document(_doc(text, specs))
    assert [e.labels["ar"] for e in doc.entities.values()] == ["فوزي البرقاوي"]
    assert all(m.entity is None for m in doc.mentions if m.text in ("جيشي", "جيشه"))


def test_resolve_document_a_given_name_alone_joins_a_full_name_only_after_a_title() -> None:
    text = ("قضت المحكمة بسجن عصام العريان وأسامة ياسين. وقضت بسجن أسامة، نجل الرئيس السابق، عشر سنوات. "
            "وقدم الشيخ حسين عبد الرسول نفسه. ويمتلك الشيخ حسين منزلا. وقال ياسين إنه بريء.")
    doc = resolve_document(_doc(text, [("أسامة ياسين", "PER", 0.95, "ner"), ("أسامة", "PER", 0.95, "ner"),
                                       ("حسين عبد الرسول", "PER", 0.95, "ner"), ("حسين", "PER", 0.95, "ner"),
                                       ("ياسين", "PER", 0.95, "ner")]))
    key = {m.text: m.entity for m in doc.mentions}
    assert key["أسامة"] != key["أسامة ياسين"]  # Osama Morsi, not Osama Yassin
    assert key["ياسين"] == key["أسامة ياسين"]  # the surname alone is his
    assert key["حسين"] == key["حسين عبد الرسول"]  # after a title, the given name is his


def test_resolve_document_a_surname_after_a_compound_given_name_is_no_short_form() -> None:
    text = ("يقسمون على الولاء لعبد الملك الحوثي. ومحاضرات مؤسس الحركة حسين بدر الدين الحوثي. "
            "وقال محمد علي الحوثي إن الحرب مستمرة.")
    doc = resolve_document(_doc(text, [("الحوثي", "PER", 0.95, "ner"), ("الحوثي", "PER", 0.95, "ner"),
                                       ("محمد علي الحوثي", "PER", 0.95, "ner")]))
    full = next(m.entity for m in doc.mentions if m.text == "محمد علي الحوثي")
    assert all(m.entity != full for m in doc.mentions if m.text == "الحوثي")

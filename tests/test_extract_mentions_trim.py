"""Cutting a glued conjunction / preposition off the first word of an Arabic mention."""
from __future__ import annotations

from kg.ner.extract_mentions import _glued_clusters, _trim

# A toy cluster table: "g" holds glued forms (most of its words are a proclitic + a known
# word), "names" given names, "words" plain words, "places" bare place names.
CLUSTERS: dict[str, tuple[str, ...]] = {
    "وطهران": ("g",), "والرياض": ("g",), "لروسيا": ("g",), "وبوتين": ("g",), "ابدا": ("g",),
    "طهران": ("places",), "الرياض": ("places",), "روسيا": ("places",), "موسكو": ("places",),
    "بوتين": ("names",), "وسام": ("names",), "وليد": ("names",), "سام": ("names",), "ليد": ("names",),
    "كمال": ("names",), "بشار": ("names",),
    "لجان": ("words",), "جان": ("names",), "مدينه": ("words",), "شار": ("words",),
}


def _cut(word: str) -> str:
    return word[_trim(word, 0, len(word), CLUSTERS) :]


def test_glued_clusters_are_those_made_mostly_of_proclitic_forms() -> None:
    assert _glued_clusters(CLUSTERS) == frozenset({"g"})


def test_a_glued_form_loses_its_proclitic() -> None:
    assert _cut("وطهران") == "طهران"
    assert _cut("لروسيا") == "روسيا"
    assert _cut("وبوتين") == "بوتين"


def test_a_word_of_its_own_keeps_its_first_letter() -> None:
    # وسام (a medal; the name Wissam) is no و + سام, لجان (committees) no ل + جان
    assert _cut("وسام") == "وسام"
    assert _cut("وليد") == "وليد"
    assert _cut("لجان") == "لجان"


def test_an_unknown_word_loses_proclitics_one_after_the_other() -> None:
    assert _cut("وبموسكو") == "موسكو"
    assert _cut("بكمال") == "كمال"
    # after و, بشار is a known name of its own: it is not ب + شار
    assert _cut("وبشار") == "بشار"


def test_a_short_or_unknown_rest_stays() -> None:
    assert _cut("وكريفوروتشكو") == "وكريفوروتشكو"
    assert _cut("وعد") == "وعد"


def test_a_person_span_loses_a_glued_word_at_its_end() -> None:
    from kg.ner.extract_mentions import _drop_glued_tail

    text = "غييرمو ديل تورو والرياض"
    spans = [(0, 6), (7, 10), (11, 15), (16, 23)]
    assert _drop_glued_tail(text, spans, 0, 4, CLUSTERS) == 3
    assert _drop_glued_tail(text, spans, 0, 3, CLUSTERS) == 3
    one = "والرياض"
    assert _drop_glued_tail(one, [(0, 7)], 0, 1, CLUSTERS) == 1  # the first word stays
    named = "سمير وليد"  # وليد is a name of its own
    assert _drop_glued_tail(named, [(0, 4), (5, 9)], 0, 2, CLUSTERS) == 2


def test_a_person_span_ends_before_a_preposition_glued_to_a_known_word() -> None:
    from kg.ner.extract_mentions import _drop_glued_tail

    clusters = {**CLUSTERS, "سلمان": ("names",), "خان": ("names",), "صيد": ("words",)}
    text = "سلمان خان لصيد ظبي"
    spans = [(0, 5), (6, 9), (10, 14), (15, 18)]
    assert _drop_glued_tail(text, spans, 0, 4, clusters) == 2
    # a name the clusters know is not cut ("بشار" is no ب + "شار")
    assert _drop_glued_tail("حافظ بشار", [(0, 4), (5, 9)], 0, 2, clusters) == 2


def test_a_name_sharing_a_cluster_with_glued_forms_is_no_tail() -> None:
    # The finest clusters are small and mixed: a rare surname (عجرم, العاطي, كلثوم) can sit in
    # one made mostly of glued forms.  Only a word that is itself a proclitic + a known word
    # ends a person name ("نانسي عجرم" stayed "نانسي" before).
    from kg.ner.extract_mentions import _drop_glued_tail

    clusters = {**CLUSTERS, "عجرم": ("g",), "نانسي": ("names",)}
    assert _glued_clusters(clusters) == frozenset({"g"})
    text = "نانسي عجرم"
    assert _drop_glued_tail(text, [(0, 5), (6, 10)], 0, 2, clusters) == 2
    glued_tail = "نانسي والرياض"
    assert _drop_glued_tail(glued_tail, [(0, 5), (6, 13)], 0, 2, clusters) == 1

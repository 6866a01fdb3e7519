"""kg's Arabic dependency parser (trained on UD Arabic-PUD) and the check it makes of the Arabic
rule roles: the first bare name after a verb-first verb, with words between, is dropped as the
agent unless the parse makes it the verb's subject (kg.events.roles.AR_PARSE_MODE)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import kg.events.parser as P
import kg.events.roles as roles_mod

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events  # noqa: E402

NAMES = [
    ("سعد الحريري", "PER", None, "person/hariri", False),
    ("بيروت", "LOC", "City", "city/beirut", False),
    ("بومبيو", "PER", None, "person/pompeo", False),
    ("كوريا الشمالية", "LOC", "Country", "country/KP", False),
    ("محمد جواد ظريف", "PER", None, "person/zarif", False),
    ("الإيراني", "MISC", "Country", "country/IR", True),
    ("تنظيم داعش", "ORG", None, "org/isis", False),
    ("إزمير", "LOC", "City", "city/izmir", False),
    ("التركية", "MISC", "Country", "country/TR", True),
    ("ترامب", "PER", None, "person/trump", False),
    ("روسيا", "LOC", "Country", "country/RU", False),
    ("كيم جونغ أون", "PER", None, "person/kim", False),
    ("الروسي", "MISC", "Country", "country/RU", True),
    ("الاتحاد الأفريقي", "ORG", None, "org/au", False),
]


def roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.category, e.agent, e.target) for e in asserted_events(text, NAMES, date=dt.date(2018, 5, 1))]


def _shipped() -> P.Parser:
    parser = P.get_parser("ar")
    assert parser is not None, "kg/events/models/parser_ar.npz is missing"
    return parser


def test_events_parser_ar_model_ships_and_is_arabic() -> None:
    parser = _shipped()
    assert parser.lang == "ar"
    assert P.get_parser("en") is not parser and P.get_parser().lang == "en"


def test_events_parser_ar_reads_verb_subject_object() -> None:
    words = "احتجزت الشرطة أربعة من قيادات التنظيم في المدينة .".split()
    tags = ["VERB", "NOUN", "NUM", "ADP", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"]
    heads, labels = _shipped().parse(words, tags)
    assert (heads[0], labels[0]) == (-1, "root")
    assert (heads[1], labels[1]) == (0, "nsubj")
    assert (heads[2], labels[2]) == (0, "obj")
    assert heads[4] == 2  # "قيادات" hangs on the object, not on the verb
    for i in range(len(words)):  # a tree
        seen: set[int] = set()
        j = i
        while j >= 0:
            assert j not in seen
            seen.add(j)
            j = heads[j]


def test_events_parser_ar_treebank_clitics_join_kg_words() -> None:
    from kg.events.train_parser import retokenize

    text = "التقى أوباما لأول مرة."
    rows = [
        ["1", "التقى", "_", "VERB", "_", "_", "0", "root", "_", "_"],
        ["2", "أوباما", "_", "PROPN", "_", "_", "1", "nsubj", "_", "_"],
        ["3", "ل", "_", "ADP", "_", "_", "4", "case", "_", "SpaceAfter=No"],
        ["4", "أول", "_", "ADJ", "_", "_", "1", "obl", "_", "_"],
        ["5", "مرة", "_", "NOUN", "_", "_", "4", "nmod", "_", "SpaceAfter=No"],
        ["6", ".", "_", "PUNCT", "_", "_", "1", "punct", "_", "_"],
    ]
    words, heads, labels, tags = retokenize(text, rows)  # type: ignore[misc]
    assert words == ["التقى", "أوباما", "لأول", "مرة", "."]
    assert heads == [5, 0, 0, 2, 0]  # 5 = the root
    assert labels == ["root", "nsubj", "obl", "nmod", "punct"]
    assert tags == ["VERB", "PROPN", "ADJ", "NOUN", "PUNCT"]
    assert retokenize("نص آخر", rows) is None  # tokens not found in the text


def test_events_parser_ar_check_is_the_default() -> None:
    assert roles_mod.AR_PARSE_MODE == "check"


def test_events_parser_ar_name_after_a_time_phrase_is_no_agent() -> None:
    # "he met, last February, Saad al-Hariri": Hariri is met, not the one who meets
    assert roles("والتقى في فبراير الماضي سعد الحريري في بيروت.")[0][:2] == ("CONSULT", [])


def test_events_parser_ar_genitive_of_a_common_noun_is_no_agent() -> None:
    # the White House (no name) refuses to comment on Pompeo's visit: Pompeo does not refuse (a
    # refusal to comment is no REJECT event since the twenty-first session: CAMEO 011)
    got = roles("ورفض البيت الأبيض التعليق على زيارة بومبيو إلى كوريا الشمالية.")
    assert all(r[1] == [] for r in got)
    # the group meets with Zarif: Zarif is no agent
    got = roles("وستجتمع المجموعة بعد ذلك مع وزير الخارجية الإيراني محمد جواد ظريف.")
    assert got[0][1] == []


def test_events_parser_ar_object_of_the_verb_becomes_the_target() -> None:
    # "the Turkish authorities detained four leaders of ISIS": ISIS is detained, not detaining
    got = roles("وقالت الصحيفة إن السلطات التركية احتجزت أربعة من قيادات تنظيم داعش في مدينة إزمير.")
    # the Turkish authorities detain: the (Turkey, GOV) group since the tenth session (kg.events.groups)
    assert got[0] == ("COERCE", ["group/TR-GOV"], ["org/isis"])


def test_events_parser_ar_subject_right_after_the_verb_is_kept() -> None:
    # (a named person "attacking" a state does so in words: ACCUSE, seventeenth session)
    assert roles("وهاجم ترامب روسيا بشدة.")[0] == ("ACCUSE", ["person/trump"], ["country/RU"])
    assert roles("واستضاف الزعيم كيم جونغ أون الوفد الروسي في بيونغ يانغ.")[0][1] == ["person/kim"]


def test_events_parser_ar_off_restores_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roles_mod, "AR_PARSE_MODE", "off")
    assert roles("والتقى في فبراير الماضي سعد الحريري في بيروت.")[0][1] == ["person/hariri"]


def test_events_parser_ar_without_a_model_the_rules_stand(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(P, "MODEL_DIR", tmp_path)
    P.get_parser.cache_clear()
    try:
        assert P.get_parser("ar") is None
        assert roles("والتقى في فبراير الماضي سعد الحريري في بيروت.")[0][1] == ["person/hariri"]
    finally:
        monkeypatch.undo()
        P.get_parser.cache_clear()


def test_events_parser_ar_names_the_check_leaves_alone() -> None:
    # a hashtag name right after the verb, a preposition with a pronoun between, and a verb
    # that carries its object pronoun: the name after it acts
    assert roles("فيما تنفي #ترامب ذلك.")[0] == ("REJECT", ["person/trump"], [])
    assert roles("وتكافح الحكومة، التي تدعمها بعثة الاتحاد الأفريقي منذ سنوات، الحركة.")[0][1] == ["org/au"]
    assert roles("وكان قد انتقده ترامب بشدة.")[0][1] == ["person/trump"]


def test_events_parser_ar_subject_of_a_written_passive_is_the_target() -> None:
    # "nine members of ISIS were killed": ISIS undergoes the killing
    assert roles("قُتل تسعة من عناصر تنظيم داعش في معارك عنيفة.")[0] == ("ASSAULT", [], ["org/isis"])

"""The benchmark's gold readers and scorer (benchmarks/events_gold.py, events_eval.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from events_eval import prf, score  # noqa: E402
from events_gold import OLD_PLOVER, plover_gsr, plover_of  # noqa: E402


def test_scorer_counts_pairs() -> None:
    table = score(
        [({"ASSAULT"}, {"ASSAULT", "PROTEST"}), ({"PROTEST"}, set()), (set(), {"CONSULT"})],
        only={"ASSAULT", "PROTEST"},
    )
    assert table["ALL"] == (1, 1, 1)
    assert table["ASSAULT"] == (1, 0, 0)
    assert prf(1, 1, 1) == (0.5, 0.5, 0.5)


def test_plover_gsr_reader_maps_old_names(tmp_path: Path) -> None:
    (tmp_path / "plover").mkdir()
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "a", "event": "FIGHT", "text": "Troops fought rebels.", "date": "2000-01-01"},
        {"id": "b", "event": "AGREE", "text": "They agreed."},
    ]
    (tmp_path / "plover" / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(records), encoding="utf-8")
    got = [(g.id, g.categories) for g in plover_gsr(tmp_path)]
    assert got == [("a", {"ASSAULT"}), ("b", {"AGREE"})]
    assert OLD_PLOVER["DEMAND"] == "REQUEST"


def test_cameo_prefix_mapping() -> None:
    table = {"04": "CONSULT", "043": "CONSULT", "11": "ACCUSE", "1712": "ASSAULT", "17": "COERCE"}
    assert plover_of("0431", table) == "CONSULT"
    assert plover_of("1712", table) == "ASSAULT"
    assert plover_of("173", table) == "COERCE"
    assert plover_of("010", table) is None


def test_bbc_dev_reader_checks_the_labelled_text(tmp_path: Path) -> None:
    from events_gold import BBC_DEV, BBC_HELDOUT, bbc_dev

    (tmp_path / "bbc_news_en").mkdir()
    text = "Intro. Mr A criticised Mr B."
    (tmp_path / "bbc_news_en" / "bbc_news_2225.jsonl").write_text(
        json.dumps({"id": "bbc-politics-001", "text": text}) + "\n", encoding="utf-8"
    )
    import hashlib

    sent = "Mr A criticised Mr B."
    sha = hashlib.sha1(sent.encode()).hexdigest()[:12]
    labels = tmp_path / "labels.tsv"
    labels.write_text(f"# header\n0\tbbc-politics-001\t7\t{len(sent)}\t{sha}\tACCUSE\tREJECT\tMr A\tMr B\tnote\n")
    (g,) = list(bbc_dev(tmp_path, labels))
    assert (g.text, g.categories, g.optional, g.agent, g.target) == (sent, {"ACCUSE"}, {"REJECT"}, "Mr A", "Mr B")
    labels.write_text(f"0\tbbc-politics-001\t6\t{len(sent)}\t{sha}\tACCUSE\t\t\t\tnote\n")
    try:
        list(bbc_dev(tmp_path, labels))
    except ValueError as e:
        assert "not the labelled text" in str(e)
    else:
        raise AssertionError("a shifted reference must be refused")
    rows = [r for r in BBC_DEV.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    assert len(rows) == 90 and all(len(r.split("\t")) == 10 for r in rows)
    held = [r for r in BBC_HELDOUT.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    assert len(held) == 100 and not {tuple(r.split("\t")[1:3]) for r in held} & {tuple(r.split("\t")[1:3]) for r in rows}


def test_the_fresh_sets_share_no_sentence_with_the_earlier_sets() -> None:
    from events_gold import BBC_DEV, BBC_FRESH, BBC_FRESH2, BBC_HELDOUT

    def refs(path: Path) -> set[tuple[str, str]]:
        rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
        return {tuple(r.split("\t")[1:3]) for r in rows}  # type: ignore[misc]

    second = refs(BBC_FRESH2)
    assert len(second) == 100
    for earlier in (BBC_DEV, BBC_HELDOUT, BBC_FRESH):
        assert not second & refs(earlier)


def test_an_appeal_leaves_request_optional_in_both_scorers(tmp_path: Path) -> None:
    from events_gold import appeal_optional, petrarch2_gsr

    assert appeal_optional(["023"]) == {"REQUEST"} and appeal_optional(["1011", "010"]) == set()
    (tmp_path / "petrarch2_english").mkdir()
    xml = (
        '<Sentences><Sentence date="20000101" id="p1"><EventCoding eventcode="023"/>'
        "<Text>Iraq appealed for aid.</Text></Sentence>"
        '<Sentence date="20000101" id="p2"><EventCoding eventcode="112"/>'
        "<Text>Iraq accused Iran.</Text></Sentence></Sentences>"
    )
    (tmp_path / "petrarch2_english" / "PETR2_GSR_validation.xml").write_text(xml, encoding="utf-8")
    got = [(g.id, g.categories, g.optional) for g in petrarch2_gsr(tmp_path, {"11": "ACCUSE", "112": "ACCUSE"})]
    assert got == [("p1", set(), {"REQUEST"}), ("p2", {"ACCUSE"}, set())]


def test_role_scorer_finds_a_capital_as_its_state() -> None:
    from collections import Counter

    from events_eval import capital_state, count_roles
    from events_gold import GoldSentence

    from kg.model import Document, Event, Span

    assert capital_state("Beirut") == "country/LB"
    assert capital_state("Lebanon") is None
    doc = Document(id="d", text="Beirut accused Israel.", lang="en")
    doc.events = [Event("ACCUSE", Span(7, 14, "accused"), 0, agent=["country/LB"], target=["country/IL"])]
    roles: Counter[str] = Counter()
    gs = GoldSentence("d", doc.text, "en", None, {"ACCUSE"}, agent="Beirut", target="Egypt")
    count_roles(gs, doc, roles)
    assert roles["agent named found"] == 1 and roles["target named found"] == 0

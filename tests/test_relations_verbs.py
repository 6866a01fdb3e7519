"""'X was appointed / named / elected TITLE (of Y)' and 'X joined ORG' (English), at a lower score
(``attrs["score"]``, the rule's own; the confidence is the predicate's measured probability)."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402


def rels(text: str, names: list) -> set[tuple[str, str, str, str | None, float]]:
    doc = extract(make_doc(text, names, lang="en"))
    for r in doc.relations:
        assert r.evidence is not None and doc.text[r.evidence.start : r.evidence.end] == r.evidence.text
    return {(r.subject, r.predicate, r.object, r.attrs.get("of"), r.attrs["score"]) for r in doc.relations}


def per(name: str, key: str) -> tuple:
    return (name, "PER", None, key, False)


def org(name: str, key: str) -> tuple:
    return (name, "ORG", None, key, False)


def test_appointed_named_elected_give_a_position() -> None:
    got = rels("Alan Johnson was appointed Work and Pensions Secretary on Monday.", [per("Alan Johnson", "p/aj")])
    assert got == {("p/aj", "position", "Work and Pensions Secretary", None, 0.5)}
    got = rels("Ruth Kelly has been named as the new Education Secretary.", [per("Ruth Kelly", "p/rk")])
    assert got == {("p/rk", "position", "Education Secretary", None, 0.5)}
    got = rels("Blair appointed Alan Milburn as election chief.", [per("Blair", "p/b"), per("Alan Milburn", "p/am")])
    assert got == {("p/am", "position", "election chief", None, 0.5)}


def test_elected_leader_of_a_party_is_its_leader() -> None:
    names = [per("John Smith", "p/js"), org("Labour Party", "o/lab")]
    got = rels("John Smith was elected leader of the Labour Party in 1992.", names)
    assert got == {("p/js", "leaderOf", "o/lab", None, 0.5)}


def test_joined_gives_membership() -> None:
    names = [per("Robert Kilroy-Silk", "p/k"), org("UK Independence Party", "o/ukip")]
    got = rels("Robert Kilroy-Silk joined the UK Independence Party last year.", names)
    assert got == {("p/k", "memberOf", "o/ukip", None, 0.5)}


def test_no_relation_from_other_frames() -> None:
    brown, milburn = per("Brown", "p/b"), per("Alan Milburn", "p/am")
    assert rels("Mr Brown was joined by Alan Milburn at the launch.", [brown, milburn]) == set()
    shami, liberty = per("Shami Chakrabarti", "p/s"), org("Liberty", "o/l")
    assert rels("Shami Chakrabarti, from Liberty, joined calls for evidence.", [shami, liberty]) == set()
    smith, labour = per("Smith", "p/s"), org("Labour", "o/l")
    assert rels("Smith will join Labour next week.", [smith, labour]) == set()
    assert rels("Smith never joined Labour.", [smith, labour]) == set()
    assert rels("Smith would have been appointed Home Secretary.", [smith]) == set()
    assert rels("Smith was appointed to the board of Labour.", [smith, labour]) == set()

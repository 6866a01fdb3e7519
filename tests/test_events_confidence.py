"""One kg:confidence per event: two triggers of one event in a document share its key.

The seed article has استضاف and اجتماعه, both CONSULT with the same agent and
target: resolution gives them one event key, and the graph held two
kg:confidence values for that event (one per trigger).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.namespace import KG
from kg.pipeline import build

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cnn_arabic_kim_krivoruchko.txt"


@pytest.fixture(scope="module")
def seed_graph():  # type: ignore[no-untyped-def]
    return build([EXAMPLE])


def test_no_event_has_two_confidences_in_a_document_graph(seed_graph) -> None:  # type: ignore[no-untyped-def]
    per = Counter(
        (s, g) for s, _p, _o, g in seed_graph.quads((None, KG.confidence, None, None)) if "/event/" in str(s)
    )
    assert per, "the seed example gave no events"
    assert [k for k, n in per.items() if n > 1] == []


def test_shared_event_keeps_the_highest_confidence() -> None:
    from kg.graph.rdf import document_quads
    from kg.model import Document, Event, Span

    doc = Document(id="d", text="Kim hosted them. Their meeting was long.", lang="en")
    a = Event("CONSULT", Span(4, 10, "hosted"), 0, agent=["person/kim"], confidence=0.6)
    b = Event("CONSULT", Span(23, 30, "meeting"), 1, agent=["person/kim"], confidence=0.8)
    a.attrs["key"] = b.attrs["key"] = "event/same"
    doc.events = [a, b]
    confs = {float(o) for s, p, o, _g in document_quads(doc) if p == KG.confidence and str(s).endswith("event/same")}
    assert confs == {0.8}

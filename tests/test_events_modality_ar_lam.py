"""The ``ل`` of ``لقاء`` (a meeting) is no preposition of purpose; ``لقاء`` "in return for";
a meeting looked forward to (fourteenth session, lead; found reading unseen ANT news)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_roles_ar_clauses import _events  # noqa: E402  (the same pipeline run and labels)

from kg.model import Document  # noqa: E402
from kg.pipeline import process  # noqa: E402


def _modality(text: str, trigger: str) -> str:
    doc = process(Document(id="t", text=text, lang="ar"))
    found = [e.modality for e in doc.events if e.trigger.text == trigger]
    assert found, (trigger, [(e.trigger.text, e.modality) for e in doc.events])
    return found[0]


def test_a_meeting_held_is_asserted() -> None:
    assert _modality("وصرح الرزاز، الخميس، خلال لقاء مع شباب أردنيين بأن الأمر يتعلق بالسياسة الخارجية.", "لقاء") == "asserted"
    assert _modality("وقال السفير الروسي في لقاء ببرنامج على بي بي سي إن روسيا لم تفعل شيئا.", "لقاء") == "asserted"


def test_a_purpose_masdar_is_still_planned() -> None:
    assert _modality("وصلت قوات فرنسية إلى مالي لمساعدة الجيش المالي.", "لمساعدة") == "planned"


def test_in_return_for_is_no_meeting() -> None:
    assert not [e for e in _events("وتلقت مبلغ 130 ألف جنيه من محامي ترامب لقاء صمتها.") if e[1] == "لقاء"]
    assert not [e for e in _events("يرسلن كي يغتصبن لقاء مبلغ من المال تدفعه لهم العائلات.") if e[1] == "لقاء"]
    # a meeting with a number nearby is still one
    assert [e for e in _events("وقال الوزير خلال لقاء مع 20 سفيرا في الرياض إن الوضع مستقر.") if e[1] == "لقاء"]


def test_a_meeting_looked_forward_to_is_not_asserted() -> None:
    assert _modality("وكان ترامب قد أكد أنه يتطلع إلى لقاء آخر مع بوتين.", "لقاء") != "asserted"


def test_in_return_for_a_sum_is_no_meeting() -> None:
    assert not [e for e in _events("في حين ستبيع الهاتف لقاء 57 ألف دولار.") if e[1] == "لقاء"]
    assert [e for e in _events("وقال الوزير خلال لقاء مع 20 سفيرا إن الوضع مستقر.") if e[1] == "لقاء"]

"""benchmarks/scale_cli.py --digest: one digest per store content, whatever order the dump lists it in."""
from __future__ import annotations

from benchmarks.scale_cli import store_digest


def test_store_digest_ignores_the_order_of_the_dump_and_sees_any_change() -> None:
    a = b'<urn:s> <urn:p> "1" <urn:g> .\n<urn:s> <urn:p> "2" .\n'
    b = b'<urn:s> <urn:p> "2" .\n<urn:s> <urn:p> "1" <urn:g> .\n'
    assert store_digest(a) == store_digest(b)
    assert store_digest(a).endswith(" (2 lines)")
    assert store_digest(a) != store_digest(a.replace(b'"2"', b'"3"'))

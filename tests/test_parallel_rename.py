"""Renaming a document's presumed IRIs in its N-Quads leaves literals byte for byte (ninth session)."""
from __future__ import annotations

from kg.parallel import _rename_iris


def test_literals_with_unicode_line_separators_survive_renaming() -> None:
    rows = (
        '<http://x/a> <http://x/p> "x\u2028y\u2029z\x85w\x0cv" <http://x/g> .\n'
        "<http://x/a> <http://x/q> <http://x/b> <http://x/g> .\n"
    )
    out = _rename_iris(rows.encode("utf-8"), {"<http://x/a>": "<http://x/A>", "<http://x/b>": "<http://x/B>"})
    assert out.decode("utf-8") == (
        '<http://x/A> <http://x/p> "x\u2028y\u2029z\x85w\x0cv" <http://x/g> .\n'
        "<http://x/A> <http://x/q> <http://x/B> <http://x/g> .\n"
    )


def test_nothing_to_rename_gives_the_same_bytes() -> None:
    rows = b'<http://x/a> <http://x/p> "v"@ar <http://x/g> .\n<http://x/c> <http://x/p> "1" <http://x/g> .\n'
    assert _rename_iris(rows, {}) == rows

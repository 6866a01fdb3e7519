"""Renaming a document's presumed IRIs in its N-Quads leaves literals byte for byte (ninth session)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def _reference(nquads: bytes, iris: dict[str, str]) -> bytes:
    """Every row taken apart (kg.parallel._rename_iris until the fifteenth session)."""
    out = []
    for row in nquads.decode("utf-8").split("\n"):
        if not row:
            out.append(row)
            continue
        s, _, rest = row.partition(" ")
        p, _, rest = rest.partition(" ")
        cut = rest.rfind(" <")
        o = rest[:cut]
        out.append(f"{iris.get(s, s)} {p} {iris.get(o, o)}{rest[cut:]}")
    return "\n".join(out).encode("utf-8")


_TERMS = ["<http://x/a>", "<http://x/b>", "<http://x/ab>", "<http://x/g>", '"<http://x/a> said"', '"a b"@ar',
          '"\u2028<http://x/b>"', "_:b0"]


@given(st.lists(st.tuples(st.sampled_from(_TERMS[:4] + ["_:b0"]), st.sampled_from(_TERMS), st.booleans()),
                max_size=12),
       st.dictionaries(st.sampled_from(_TERMS[:3]), st.sampled_from(["<http://x/Z>", "<http://x/a>"]), max_size=3),
       st.booleans())
def test_renaming_only_the_rows_that_name_an_iri_gives_what_renaming_every_row_gives(
        rows: list[tuple[str, str, bool]], iris: dict[str, str], final_newline: bool) -> None:
    text = "\n".join(f"{s} <http://x/p> {o} <http://x/{'g' if g else 'a'}> ." for s, o, g in rows)
    data = (text + ("\n" if final_newline and rows else "")).encode("utf-8")
    assert _rename_iris(data, iris) == _reference(data, iris)


def test_rows_without_a_renamed_iri_are_not_taken_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.parallel as P

    taken: list[str] = []
    real = P._rename_row
    monkeypatch.setattr(P, "_rename_row", lambda row, iris: taken.append(row) or real(row, iris))
    rows = "".join(f"<http://x/s{i}> <http://x/p> \"{i}\" <http://x/g> .\n" for i in range(50))
    rows += "<http://x/s7> <http://x/q> <http://x/a> <http://x/g> .\n"
    out = _rename_iris(rows.encode(), {"<http://x/a>": "<http://x/A>"}).decode()
    assert taken == ["<http://x/s7> <http://x/q> <http://x/a> <http://x/g> ."]
    assert out == rows.replace("<http://x/a> <http://x/g>", "<http://x/A> <http://x/g>")

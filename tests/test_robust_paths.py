"""Document ids never become unsafe file names."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.paths import safe_name

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def _check(name: str, max_len: int = 120) -> None:
    assert name and name not in (".", "..")
    assert not WINDOWS_BAD.search(name)
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]", name)
    assert len(name) <= max_len and len(name.encode("utf-8")) <= 200
    assert not name.endswith((".", " ")) and not name.startswith(".")
    assert name.split(".")[0].upper() not in RESERVED


def test_robust_paths_hostile_ids():
    hostile = ["../../etc/x", "..\\..\\windows\\system32", "/etc/passwd", "CON", "con", "NUL.txt", "COM1.tar.gz",
               "LPT9", "a" * 300, "ك" * 300, "x\x00y", "x\ny", "\u202eexe.txt", "\u200fكيم\u200c", "", ".", "..",
               "...", " ", "name.", "C:\\x", "a:b", "a*b?c", "~/.ssh/id_rsa"]
    names = [safe_name(x) for x in hostile]
    for name in names:
        _check(name)
    assert len(set(names)) == len(hostile)
    assert "/" not in safe_name("../../etc/x") and ".." not in safe_name("../../etc/x")


def test_robust_paths_plain_ids_unchanged():
    for plain in ("AL-culture-171-20180316", "snn-2015-07-21-00000", "seed_cnn_arabic-29ce6a59-read-also", "كيم-جونغ"):
        assert safe_name(plain) == plain


def test_robust_paths_altered_ids_get_hash_suffix():
    assert re.fullmatch(r"etc_x-[0-9a-f]{10}", safe_name("../../etc/x"))
    assert safe_name("a/b") != safe_name("a_b") == "a_b"
    assert safe_name("a" * 300) != safe_name("a" * 301)


def test_robust_paths_max_len():
    assert len(safe_name("b" * 300, max_len=40)) == 40


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_robust_paths_any_text_gives_a_safe_deterministic_name(doc_id):
    name = safe_name(doc_id)
    _check(name)
    assert safe_name(doc_id) == name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50), st.text(max_size=50))
def test_robust_paths_different_ids_different_names(a, b):
    if a != b:
        assert safe_name(a) != safe_name(b)

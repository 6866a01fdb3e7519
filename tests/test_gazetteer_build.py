"""The place gazetteer build is a pure function of its inputs: no set or hash order leaks into
places.tsv, and where several spellings share a name the news decides which one is written."""
from __future__ import annotations

import gzip
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.build_gazetteer import news_counts, preferred_spelling

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("order", list(itertools.permutations(["آتلانتا", "أتلانتا", "اتلانتا"])))
def test_preferred_spelling_ignores_input_order(order: tuple[str, ...]) -> None:
    # with no counts the tie-break decides, whatever order the spellings come in
    assert preferred_spelling(list(order), {}) == "آتلانتا"
    assert preferred_spelling(list(order), {"أتلانتا": 275, "اتلانتا": 14}) == "أتلانتا"


def test_preferred_spelling_tie_breaks() -> None:
    # kg's listed spellings come before code-point order; a final ي before ى
    assert preferred_spelling({"بيونغيانغ", "بيونغ يانغ"}, {}, ["بيونغ يانغ"]) == "بيونغ يانغ"
    assert preferred_spelling({"بيونغيانغ", "بيونغ يانغ"}, {"بيونغيانغ": 2}, ["بيونغ يانغ"]) == "بيونغيانغ"
    assert preferred_spelling({"هانوى", "هانوي"}, {}) == "هانوي"


def test_news_counts_reads_spellings_letter_for_letter(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    texts = ["زار الوفد أتلانتا ثم بيونغ يانغ، وأتلانتا مرة أخرى", "في اتلانتا وبيونغ يانغ", "أتْلانتا"]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    counts = news_counts(path, {"أتلانتا", "اتلانتا", "بيونغ يانغ", "يانغ"})
    # the proclitic و is allowed, the diacritic ignored; the longest spelling is counted, not "يانغ"
    assert dict(counts) == {"أتلانتا": 3, "اتلانتا": 1, "بيونغ يانغ": 2}
    assert news_counts(tmp_path / "missing.jsonl.gz", {"أتلانتا"}) == {}


def _build(out: Path, seed: str) -> bytes:
    code = "import sys; from pathlib import Path; from kg.extract.build_gazetteer import build; build(None, None, Path(sys.argv[1]))"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, env=env, cwd=ROOT)
    return out.read_bytes()


def test_build_is_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    # string hashing decides set order: two seeds must still write the same bytes
    a, b = _build(tmp_path / "a.tsv", "1"), _build(tmp_path / "b.tsv", "2")
    assert a.count(b"\n") > 10_000
    assert a == b

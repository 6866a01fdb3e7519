"""Fuzzing the whole path: ingest -> extract -> graph -> export, with arbitrary text.

Only kg's own errors may escape, and every output (Turtle, JSON-LD, TriG) parses
back holding each document's text unchanged.  ``benchmarks/robust_fuzz.py`` runs
the same harness for >= 10,000 cases; here a few hundred run.
"""
from __future__ import annotations

import codecs
import functools
import gzip
import json
import tempfile
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import KGError, ModelError

# Names the gazetteers and cue rules know, so that cases also hold entities.
NAMES = ["كيم جونغ أون", "فلاديمير بوتين", "بيونغ يانغ", "موسكو", "ريازان", "روسيا", "أوكرانيا", "الولايات المتحدة",
         "كوريا الجنوبية", "الحرس الوطني الروسي", "وكالة الأنباء المركزية الكورية الشمالية", "الرئيس الروسي",
         "نائب وزير الدفاع أليكسي كريفوروتشكو", "Kim Jong Un", "Vladimir Putin", "Pyongyang", "Moscow", "Russia",
         "North Korea", "KCNA", "the United States", "President", "استضاف", "hosted", "الخميس", "Thursday"]
MARKS = ["\u200f", "\u200e", "\u200b", "\u200c", "\u200d", "\u202b", "\u202c", "\u2066", "\u2069", "\ufeff", "\u0640",
         "\u064b", "\u0651"]
PAGE = ["إقرأ أيضاً:", "مقالات مشابهة", "المصدر: CNN Arabic", "كلمات دلالية: روسيا", "طباعة شارك", "(CNN)-- ",
        "Read more:", "Related", "Source: Reuters", "  • ", ".", "،", "\n", "\n\n", "\r\n", " "]
HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{7*7}}", "${x}", "\\", '"', "'", "`",
           "]]>", "<!--", "&amp;", "&#0;", "\\u0000", "@prefix", "<http://x>", "_:b0", "^^xsd:date", "@ar", "\x00",
           "\x07", "\x1b", "\ud800", "\udfff", "\ufffe", "\uffff", "\U0010ffff", "\u2028", "\u2029", "\x85"]


def _with_marks(name: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(MARKS), max_size=2).map(lambda ms: name[:2] + "".join(ms) + name[2:])


PIECE = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).flatmap(_with_marks),
    st.sampled_from(PAGE),
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=12),
)
MARKER_LINES = ["إقرأ أيضاً:", "اقرأ أيضا", "مقالات مشابهة", "المصدر: CNN Arabic", "كلمات دلالية: روسيا كوريا",
                "طباعة شارك الحرس الوطني", "Read more:", "Related articles", "Source: Reuters", "Tags: x",
                "Share this article", "  • كيم جونغ أون في موسكو", "- Putin visits Pyongyang", ""]
LINE = st.one_of(st.sampled_from(MARKER_LINES), st.lists(PIECE, min_size=1, max_size=8).map("".join))
#: A scraped page: lines of names and text among the markers that split a page into parts.
PAGE_TEXT = st.tuples(st.lists(LINE, max_size=14), st.sampled_from(["\n", "\n\n", "\r\n\r\n"])).map(
    lambda t: t[1].join(t[0])
)
#: Article-like text: names, page markers, marks and hostile strings among random Unicode.
TEXT = st.one_of(st.lists(PIECE, max_size=40).map("".join), PAGE_TEXT, st.text(max_size=200))
SUFFIX = st.sampled_from([".txt", ".txt", ".txt", ".jsonl", ".html", ".json", ".jsonl.gz", ""])
ENCODING = st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1256"])


@dataclass
class Tally:
    """What a fuzz run saw."""

    cases: int = 0
    built: int = 0
    documents: int = 0
    triples: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def encode(text: str, suffix: str, encoding: str, extra: dict[str, object] | None = None) -> bytes:
    """The bytes of an input file of kind ``suffix`` carrying ``text``."""
    if suffix in (".jsonl", ".json", ".jsonl.gz"):
        record = {"id": text[:30], "title": text[:20], "text": text, "date": text[:10], **(extra or {})}
        data = json.dumps(record, ensure_ascii=bool(len(text) % 2)).encode("utf-8", "surrogatepass")
        if suffix == ".jsonl":
            data = data + b"\n" + data[: len(data) // 2] + b"\n"  # and a broken line
        return gzip.compress(data) if suffix == ".jsonl.gz" else data
    if suffix == ".html":
        text = f"<html><head><title>{text[:20]}</title><script>var s='{text[:9]}'</script></head><body><p>{text}</p></body></html>"
    if encoding == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace")


@functools.lru_cache(maxsize=1)
def ner_backend() -> str:
    """``"crf"`` when kg's trained models load, else ``"none"`` (rules and gazetteers)."""
    try:
        from kg import ner

        ner.load("ar")
        ner.load("en")
    except (ModelError, ImportError, AttributeError):
        return "none"
    return "crf"


def _parse_back(paths: list[Path], texts: set[str]) -> int:
    import pyoxigraph as ox

    counts = {}
    for path in paths:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
        parsed = list(ox.parse(path=path, format=fmt))
        counts[path.suffix] = len(parsed)
        literals = {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}
        missing = [t for t in texts if t not in literals]
        if missing:
            raise AssertionError(f"{path.name}: text not found after parsing back: {missing[0]!r}")
    if counts.get(".ttl") != counts.get(".jsonld"):
        raise AssertionError(f"Turtle and JSON-LD hold different numbers of triples: {counts}")
    return counts.get(".ttl", 0)


def _check_offsets(data: bytes, suffix: str, docs: list) -> None:
    """Every part of a text file is the slice of the decoded file its offset says."""
    for doc in docs:
        if not doc.text or doc.text != doc.text.strip():
            raise AssertionError(f"{doc.id}: text is empty or has surrounding whitespace: {doc.text[:20]!r}")
    meta = docs[0].meta if docs else {}
    if suffix not in (".txt", "") or not docs or meta.get("format") or "line" in meta or "item" in meta:
        return
    from kg.ingest.decode import decode
    from kg.ingest.ids import clean_text

    source = clean_text(decode(data, "case").text)[0]
    for doc in docs:
        if source[doc.offset : doc.offset + len(doc.text)] != doc.text:
            raise AssertionError(f"{doc.id}: text is not the slice at offset {doc.offset} of the decoded file")


def run_case(
    data: bytes, suffix: str, work: Path, tally: Tally, *, split: bool = True, ner: str | None = None,
    lang: str | None = None,
) -> None:
    """Ingest, process, build, export and parse back one input; record the outcome in ``tally``.

    ``ner`` defaults to :func:`ner_backend`; ``lang`` forces the documents' language.
    """
    from kg.export import export
    from kg.graph.rdf import to_dataset
    from kg.ingest import read
    from kg.pipeline import process

    tally.cases += 1
    path = work / f"case{suffix}"
    path.write_bytes(data)
    stage = "ingest"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            docs = list(read([path], errors=[], split=split, lang=lang))
            stage = "offsets"
            _check_offsets(data, suffix, docs)
            stage = "process"
            docs = [process(doc, ner=ner or ner_backend()) for doc in docs]
            for doc in docs:
                for m in doc.mentions:
                    assert doc.text[m.start : m.end] == m.text, f"mention {m.text!r} off its span"
            stage = "graph"
            dataset = to_dataset(docs)
            stage = "export"
            paths = export(dataset, work / "out", ["ttl", "jsonld", "trig"])
        stage = "parse back"
        tally.triples += _parse_back(paths, {d.text for d in docs})
        tally.built += 1
        tally.documents += len(docs)
    except KGError as exc:
        if stage != "ingest" or str(exc).startswith("internal error"):
            tally.failures.append(f"{stage}: {type(exc).__name__}: {exc} | input {data[:200]!r} {suffix}")
        else:
            tally.refused[type(exc).__name__] += 1
    except Exception as exc:  # noqa: BLE001 - any other exception is what the fuzzing looks for
        tb = traceback.format_exc(limit=-3)
        tally.failures.append(f"{stage}: {type(exc).__name__}: {exc} | input {data[:200]!r} {suffix}\n{tb}")


@functools.lru_cache(maxsize=1)
def _work() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="kg-pipefuzz-")


TALLY = Tally()


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, SUFFIX, ENCODING, st.booleans())
def test_robust_pipeline_fuzz_text_through_every_stage(text, suffix, encoding, split):
    before = len(TALLY.failures)
    run_case(encode(text, suffix, encoding), suffix, Path(_work().name), TALLY, split=split)
    assert TALLY.failures[before:] == []


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), SUFFIX)
def test_robust_pipeline_fuzz_bytes_through_every_stage(data, suffix):
    before = len(TALLY.failures)
    run_case(data, suffix, Path(_work().name), TALLY)
    assert TALLY.failures[before:] == []


def _built(text: str, suffix: str = ".txt") -> list:
    from kg.graph.rdf import to_dataset
    from kg.ingest import read
    from kg.pipeline import process

    path = Path(_work().name) / f"one{suffix}"
    path.write_bytes(text.encode("utf-8"))
    docs = [process(d, ner=ner_backend()) for d in read([path])]
    to_dataset(docs)
    return docs


def test_robust_pipeline_text_with_no_entities():
    docs = _built("the and of to in a is that it was for on are as with be at by this had not but.\n" * 20)
    assert docs and all(not d.entities and not d.events for d in docs)
    tally = Tally()
    run_case(("لا شيء هنا على الإطلاق. " * 50).encode(), ".txt", Path(_work().name), tally)
    assert tally.failures == [] and tally.built == 1


def test_robust_pipeline_text_that_is_all_entities():
    text = "، ".join(NAMES[:13]) + "\n" + " ".join(NAMES[13:20])
    (doc,) = _built(text)
    types = {e.type for e in doc.entities.values()}
    assert {"Country", "City", "Person"} <= types
    tally = Tally()
    run_case(text.encode(), ".txt", Path(_work().name), tally)
    assert tally.failures == [] and tally.triples > 50


def test_robust_pipeline_marks_inside_names_keep_offsets():
    text = "استضاف الزعيم الكوري الشمالي كيم\u200f جونغ\u200c أون في بيو\u200bنغ يانغ وفدا من رو\u200dسيا. Kim\u200b Jong Un met Pu\u200etin."
    (doc,) = _built(text)
    for m in doc.mentions:
        assert text[doc.offset + m.start : doc.offset + m.end] == m.text
    assert doc.text == text  # the marks stay in the stored text
    tally = Tally()
    run_case(text.encode(), ".txt", Path(_work().name), tally)
    assert tally.failures == []


def test_robust_pipeline_mixed_arabic_english_page():
    text = (
        "(CNN)-- قال الرئيس الروسي Vladimir Putin إن موسكو ستدعم Pyongyang، وفق KCNA.\n\n"
        "واستضاف الزعيم Kim Jong Un نائب وزير الدفاع في بيونغ يانغ يوم الخميس بحسب وكالة الأنباء.\n\n"
        "المصدر: CNN Arabic\n"
    )
    (doc,) = _built(text)
    assert doc.lang == "ar" and doc.source == "CNN Arabic"
    labels = {lab for e in doc.entities.values() for lab in e.labels.values()}
    assert "Moscow" in labels and "Pyongyang" in labels
    for m in doc.mentions:
        assert text[doc.offset + m.start : doc.offset + m.end] == m.text

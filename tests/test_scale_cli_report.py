"""benchmarks/scale_cli.py: the digest of a store (--digest) and the per-thousand-words figures of a report."""
from __future__ import annotations

from benchmarks.scale_cli import store_digest


def test_store_digest_ignores_the_order_of_the_dump_and_sees_any_change() -> None:
    a = b'<urn:s> <urn:p> "1" <urn:g> .\n<urn:s> <urn:p> "2" .\n'
    b = b'<urn:s> <urn:p> "2" .\n<urn:s> <urn:p> "1" <urn:g> .\n'
    assert store_digest(a) == store_digest(b)
    assert store_digest(a).endswith(" (2 lines)")
    assert store_digest(a) != store_digest(a.replace(b'"2"', b'"3"'))


def test_report_gives_milliseconds_per_thousand_words_for_the_parent_and_the_workers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import argparse

    import benchmarks.scale_cli as C

    rows: list[dict] = []  # type: ignore[type-arg]
    monkeypatch.setattr(C, "record", lambda name, row: rows.append(row))
    args = argparse.Namespace(cmd="ingest", corpus="x", jobs=2, ner="crf")
    run = {"seconds": 10.0, "cpu_s": 30.0, "parent_cpu_s": 10.0, "peak_mb": 1.0, "peak_pss_mb": 1.0, "triples": 5,
           "load": [0, 0], "peak_at_s": 1.0, "at_peak": []}
    C.report(args, C.ROOT, 1.0, 3, 200_000, [run])
    assert rows[0]["cpu_ms_per_1000_words"] == 150.0
    assert rows[0]["parent_ms_per_1000_words"] == [50.0]
    assert rows[0]["workers_ms_per_1000_words"] == [100.0]


def test_digest_store_reads_a_store_on_disk(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    from benchmarks.scale_cli import digest_store

    st = ox.Store(str(tmp_path / "s"))
    st.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("1"), ox.NamedNode("urn:g")))
    st.flush()
    del st
    assert digest_store(tmp_path / "s") == store_digest(b'<urn:s> <urn:p> "1" <urn:g> .\n')

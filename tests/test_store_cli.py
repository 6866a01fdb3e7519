"""``kg ingest`` and ``kg remove`` through the command line."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store

runner = CliRunner()

def _record(text: str) -> str:
    return json.dumps({"id": "kim-1", "text": text, "lang": "ar"}, ensure_ascii=False) + "\n"


ARTICLE = "استضاف الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ وفدا من روسيا برئاسة أليكسي كريفوروتشكو.\n"


def test_store_cli_ingest_twice_then_remove(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(_record(ARTICLE), encoding="utf-8")
    store = tmp_path / "store"
    first = runner.invoke(app, ["ingest", str(src), "--store", str(store), "--ner", "none"])
    assert first.exit_code == 0, first.output
    assert "1 added, 0 replaced, 0 unchanged" in first.output
    again = runner.invoke(app, ["ingest", str(src), "--store", str(store), "--ner", "none"])
    assert again.exit_code == 0
    assert "0 added, 0 replaced, 1 unchanged" in again.output
    with Store(store, read_only=True) as st:
        assert list(st.documents()) == ["kim-1"]
        doc_id = "kim-1"
        assert st.entity_state("https://w3id.org/newskg/id/city/1871859") is not None
    src.write_text(_record(ARTICLE + "وقال كيم إن روسيا شريك."), encoding="utf-8")
    changed = runner.invoke(app, ["ingest", str(src), "--store", str(store), "--ner", "none"])
    assert changed.exit_code == 0
    assert "0 added, 1 replaced, 0 unchanged" in changed.output
    gone = runner.invoke(app, ["remove", doc_id, "--store", str(store)])
    assert gone.exit_code == 0 and gone.output == f"removed {doc_id}\n"
    with Store(store, read_only=True) as st:
        assert st.documents() == {}
        assert list(st.quads()) == []


def test_store_cli_remove_unknown_document_is_an_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    Store(store).close()
    res = runner.invoke(app, ["remove", "nope", "--store", str(store)])
    assert res.exit_code == 1
    assert "Error: no document 'nope' in the store" in res.output


def test_store_cli_remove_without_store_is_an_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["remove", "x", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1
    assert "no kg store at" in res.output


def test_store_cli_batch_size_changes_writes_not_contents(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": f"kim-{i}", "text": ARTICLE + f"وقال كيم إن روسيا شريك رقم {i}.", "lang": "ar"},
                        ensure_ascii=False) for i in range(5)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stores = {}
    for batch in ("1", "200"):
        store = tmp_path / f"store{batch}"
        res = runner.invoke(app, ["ingest", str(src), "--store", str(store), "--ner", "none", "--batch", batch])
        assert res.exit_code == 0, res.output
        assert "5 added" in res.output
        with Store(store, read_only=True) as st:
            stores[batch] = sorted(map(str, st.quads()))
    assert stores["1"] == stores["200"] and len(stores["1"]) > 100
    bad = runner.invoke(app, ["ingest", str(src), "--store", str(tmp_path / "s0"), "--batch", "0"])
    assert bad.exit_code != 0

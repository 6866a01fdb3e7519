"""Issue #5 end to end: one node per entity in a store, through the command line.

Arabic and English reports of the same people share nodes (@ar and @en labels);
namesakes (كيم: Kim Jong Un / Kim Il Sung / Kim Yong Chol; محمد ...) stay apart;
re-ingesting a changed article or removing one keeps the entity layer as if the
other articles alone had been added; ``kg stats``, ``kg query`` and ``kg export``
read the store.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.model import Document, Mention
from kg.resolve import resolve_document
from kg.resolve.link import EntityIndex
from kg.store import ENTITY_GRAPH, Store

runner = CliRunner()
ID = "https://w3id.org/newskg/id/"

AR_KIM = ("ar-kim", "ar", "استضاف الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ الرئيس الروسي فلاديمير بوتين. "
          "وقال كيم جونغ أون إن روسيا شريك.")
EN_KIM = ("en-kim", "en", "North Korean leader Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang.")
AR_GRANDFATHER = ("ar-kim-il", "ar", "أسس كيم إيل سونغ كوريا الشمالية عام 1948 وحكمها كيم إيل سونغ حتى وفاته.")
AR_ENVOY = ("ar-kim-yong", "ar", "التقى المسؤول الكوري الشمالي كيم يونغ تشول في واشنطن بوزير الخارجية الأمريكي. "
            "وقال كيم يونغ تشول إن المحادثات جيدة.")
AR_MBS = ("ar-mbs", "ar", "استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض وفدا. وقال محمد بن سلمان إن التعاون مهم.")
AR_MORSI = ("ar-morsi", "ar", "توفي الرئيس المصري الأسبق محمد مرسي في القاهرة. وكان محمد مرسي قد انتخب عام 2012.")


def _write(path: Path, docs: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "lang": lang, "text": t}, ensure_ascii=False) + "\n"
                            for i, lang, t in docs), encoding="utf-8")
    return path


def _ingest(src: Path, store: Path) -> None:
    res = runner.invoke(app(), ["ingest", str(src), "--store", str(store), "--ner", "none", "--date", "2024-07-12"])
    assert res.exit_code == 0, res.output


def app():  # type: ignore[no-untyped-def]
    from kg.cli import app as kg_app

    return kg_app


def _persons(st: Store) -> dict[str, set[str]]:
    """Person IRI -> its Arabic and English names in the entity layer."""
    out: dict[str, set[str]] = {}
    person = ox.NamedNode("https://w3id.org/newskg/ontology#Person")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for q in st.oxigraph.quads_for_pattern(None, rdf_type, person, ENTITY_GRAPH):
        names = {f"{x.object.value}@{x.object.language}"
                 for x in st.oxigraph.quads_for_pattern(q.subject, None, None, ENTITY_GRAPH)
                 if isinstance(x.object, ox.Literal) and x.object.language}
        out[q.subject.value] = names
    return out


def _layer(st: Store) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in st.oxigraph.quads_for_pattern(None, None, None, ENTITY_GRAPH)}


def _processed(doc_id: str, lang: str, text: str, names: list[tuple[str, str]]) -> Document:
    """A document with the tagger's mentions given (every occurrence of each name, longest first)."""
    mentions: list[Mention] = []
    for name, label in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(re.escape(name), text):
            if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), name, label=label, score=0.95, source="ner"))
    doc = Document(id=doc_id, text=text, lang=lang, mentions=sorted(mentions, key=lambda m: m.start))
    return resolve_document(doc)


def test_resolve_store_languages_share_nodes_and_namesakes_stay_apart(tmp_path: Path) -> None:
    kp = [("كوريا الشمالية", "LOC"), ("بيونغ يانغ", "LOC")]
    docs = [
        _processed(*AR_KIM, [("كيم جونغ أون", "PER"), ("فلاديمير بوتين", "PER"), ("روسيا", "LOC"), *kp]),
        _processed(*EN_KIM, [("Kim Jong Un", "PER"), ("Vladimir Putin", "PER"), ("Pyongyang", "LOC")]),
        _processed(*AR_GRANDFATHER, [("كيم إيل سونغ", "PER"), *kp]),
        _processed(*AR_ENVOY, [("كيم يونغ تشول", "PER"), ("واشنطن", "LOC"), *kp]),
        _processed("ar-kim-alone", "ar", "وقال كيم إن بيونغ يانغ مستعدة.", [("كيم", "PER"), *kp]),
        _processed(*AR_MBS, [("محمد بن سلمان", "PER"), ("الرياض", "LOC")]),
        _processed(*AR_MORSI, [("محمد مرسي", "PER"), ("القاهرة", "LOC")]),
        _processed("ar-muhammad", "ar", "وقال محمد إن القاهرة والرياض شريكتان.",
                   [("محمد", "PER"), ("القاهرة", "LOC"), ("الرياض", "LOC")]),
    ]
    index = EntityIndex()
    with Store(tmp_path / "st") as st:
        for d in docs:
            index.link(d)
            st.add_document(d)
        persons = _persons(st)
    assert {"كيم جونغ أون@ar", "Kim Jong Un@en"} <= persons[ID + "person/kim-jong-un"]
    assert {"فلاديمير بوتين@ar", "Vladimir Putin@en"} <= persons[ID + "person/vladimir-putin"]
    # one node per person; a given name or surname alone joins none of them
    for first, full in (("كيم", {"كيم جونغ أون", "كيم إيل سونغ", "كيم يونغ تشول"}),
                        ("محمد", {"محمد بن سلمان", "محمد مرسي"})):
        holders = {iri: {n[:-3] for n in names if n.endswith("@ar")}
                   for iri, names in persons.items() if any(n.startswith(first) for n in names)}
        full_nodes = [iri for iri, names in holders.items() if names & full]
        assert len(full_nodes) == len(full), holders
        for iri in full_nodes:
            assert len(holders[iri] & full) == 1 and first not in holders[iri], holders[iri]


def test_resolve_store_reingest_and_remove_keep_the_layer_consistent(tmp_path: Path) -> None:
    only_en = tmp_path / "only_en"
    _ingest(_write(tmp_path / "en.jsonl", [EN_KIM]), only_en)
    both = tmp_path / "both"
    _ingest(_write(tmp_path / "both.jsonl", [AR_KIM, EN_KIM]), both)
    # the Arabic article changes: Putin is gone from it, so his Arabic name must go too
    changed = ("ar-kim", "ar", "استضاف الزعيم الكوري الشمالي كيم جونغ أون وفدا في بيونغ يانغ.")
    _ingest(_write(tmp_path / "changed.jsonl", [changed]), both)
    with Store(both, read_only=True) as st:
        putin = st.entity_state(ID + "person/vladimir-putin")
        assert putin is not None and putin.docs == 1  # only the English article mentions him now
    res = runner.invoke(app(), ["remove", "ar-kim", "--store", str(both)])
    assert res.exit_code == 0, res.output
    with Store(both, read_only=True) as a, Store(only_en, read_only=True) as b:
        assert _layer(a) == _layer(b)


def test_resolve_store_stats_query_export_read_the_store(tmp_path: Path) -> None:
    store = tmp_path / "st"
    _ingest(_write(tmp_path / "a.jsonl", [AR_KIM, EN_KIM]), store)
    res = runner.invoke(app(), ["stats", "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert "Kim Jong Un" in res.output and "Person" in res.output
    res = runner.invoke(app(), ["query", "--store", str(store), "-f", "csv",
                                "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { "
                                "<https://w3id.org/newskg/id/person/kim-jong-un> "
                                "<https://w3id.org/newskg/ontology#mentionedIn> ?d }"])
    assert res.exit_code == 0, res.output
    assert res.output.strip().splitlines()[-1] == "2"  # one node, mentioned by both articles
    res = runner.invoke(app(), ["export", "--store", str(store), "-o", str(tmp_path / "out"), "-f", "ttl"])
    assert res.exit_code == 0, res.output
    assert "Kim Jong Un" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_resolve_links_iso_geonames_wikidata_and_iris_are_stable() -> None:
    from kg.graph.rdf import ENTITY_GRAPH as EG
    from kg.graph.rdf import to_dataset
    from kg.pipeline import process

    text = ("ذكرت وكالة الأنباء المركزية الكورية الشمالية أن الزعيم الكوري الشمالي كيم جونغ أون "
            "استضاف في بيونغ يانغ وفدا من روسيا.")

    def build() -> set[tuple[str, str, str]]:
        doc = process(Document(id="kcna-1", text=text, lang="ar"), ner="none")
        ds = to_dataset([doc])
        return {(str(s), str(p), str(o)) for s, p, o, g in ds.quads((None, None, None, None)) if g is not None
                and str(getattr(g, "identifier", g)) == str(EG)}

    layer = build()
    same_as = "http://www.w3.org/2002/07/owl#sameAs"
    kg_ns = "https://w3id.org/newskg/ontology#"
    assert (ID + "country/KP", kg_ns + "iso", "KP") in layer
    assert (ID + "country/RU", same_as, "https://sws.geonames.org/2017370/") in layer
    assert (ID + "city/1871859", kg_ns + "geonamesId", "1871859") in layer
    assert (ID + "city/1871859", same_as, "https://sws.geonames.org/1871859/") in layer
    assert (ID + "city/1871859", kg_ns + "locatedIn", ID + "country/KP") in layer
    assert (ID + "org/kcna", same_as, "http://www.wikidata.org/entity/Q499637") in layer
    assert build() == layer  # the same input gives the same IRIs and statements

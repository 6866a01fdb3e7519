"""Linking across sessions: a new document links to entities already in the store."""
from __future__ import annotations

from pathlib import Path

from kg.model import Document, Entity, Mention
from kg.resolve.link import EntityIndex
from kg.store import Store, entity_key

AR_KEY = "person/%D8%A7%D9%84%D9%8A%D9%83%D8%B3%D9%8A-%D9%86%D8%A7%D9%81%D8%A7%D9%84%D9%86%D9%8A"


def _doc(doc_id: str, lang: str, entities: list[tuple[str, str, str]]) -> Document:
    text = " . ".join(name for _, _, name in entities)
    doc = Document(id=doc_id, text=text, lang=lang)
    for key, typ, name in entities:
        start = text.index(name)
        m = Mention(start, start + len(name), name, label="PER" if typ == "Person" else "LOC", entity=key)
        doc.mentions.append(m)
        doc.entities[key] = Entity(key=key, type=typ, labels={lang: name}, mentions=[m])
    return doc


def test_store_link_new_session_links_to_stored_entity(tmp_path: Path) -> None:
    en = _doc("en", "en", [("person/alexei-navalny", "Person", "Alexei Navalny"), ("country/RU", "Country", "Russia")])
    with Store(tmp_path / "s") as st:
        st.add_document(en)
    with Store(tmp_path / "s") as st:
        index = EntityIndex.from_store(st)
        assert "person/alexei-navalny" in index
        assert index.entities["person/alexei-navalny"].context["country/RU"] == 1
        ar = _doc("ar", "ar", [(AR_KEY, "Person", "أليكسي نافالني"), ("country/RU", "Country", "روسيا")])
        assert index.link(ar) == {AR_KEY: "person/alexei-navalny"}
        st.add_document(ar)
        state = st.entity_state("https://w3id.org/newskg/id/person/alexei-navalny")
        assert state is not None and state.docs == 2
        assert ("أليكسي نافالني", "ar") in state.labels


def test_store_entity_key_inverts_entity_iri() -> None:
    from kg.graph.rdf import entity_iri

    for key in ("country/KP", "person/kim-jong-un", AR_KEY, "loc/%D8%A8"):
        assert entity_key(str(entity_iri(key))) == key

"""kg.view.data reads kg's RDF shape into the page's tables."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespace import ID, KG
from kg.view import _curve_parallel_edges
from kg.view.data import http_url, view_data

SEED = Path(__file__).parent / "fixtures" / "view" / "seed_graph.trig"


@pytest.fixture(scope="module")
def seed() -> Dataset:
    d = Dataset()
    d.parse(SEED, format="trig")
    return d


def by_id(data, key: str) -> dict:
    return next(n for n in data.nodes if n["id"] == str(ID[key]))


def test_entities_and_events_with_types_and_both_labels(seed):
    data = view_data(seed)
    kim = by_id(data, "person/kim-jong-un")
    assert (kim["k"], kim["t"], kim["ar"], kim["en"]) == ("e", "Person", "كيم جونغ أون", "Kim Jong Un")
    assert by_id(data, "city/1871859")["t"] == "City"
    assert by_id(data, "country/KP")["t"] == "Country"
    ev = by_id(data, "event/consult-1")
    assert (ev["k"], ev["t"], ev["date"], ev["conf"], ev["trig"]) == ("v", "Consult", "2024-07-11", 0.8, "استضاف")
    assert sum(1 for n in data.nodes if n["k"] == "v") == 5
    assert sum(1 for n in data.nodes if n["k"] == "e") == 13


def test_event_roles_become_edges_with_the_event_sentence(seed):
    data = view_data(seed)
    idx = {n["id"]: i for i, n in enumerate(data.nodes)}
    ev, kim = idx[str(ID["event/consult-1"])], idx[str(ID["person/kim-jong-un"])]
    roles = {(e[2], data.nodes[e[1]]["en"]) for e in data.edges if e[0] == ev}
    assert roles == {("agent", "Kim Jong Un"), ("target", "Alexei Krivoruchko"),
                     ("place", "Pyongyang"), ("reportedBy", "Korean Central News Agency")}
    edge = next(e for e in data.edges if e[0] == ev and e[1] == kim)
    assert data.sentences[edge[4]][0].startswith("ذكرت وكالة الأنباء المركزية")
    assert data.docs[edge[5]][0] == str(ID["doc/seed-000"])


def test_statement_gives_the_direct_relation_its_confidence_and_sentence(seed):
    data = view_data(seed)
    idx = {n["id"]: i for i, n in enumerate(data.nodes)}
    kim, kp = idx[str(ID["person/kim-jong-un"])], idx[str(ID["country/KP"])]
    leader = [e for e in data.edges if e[:3] == [kim, kp, "leaderOf"]]
    assert len(leader) == 1
    assert leader[0][3] == 0.8
    assert "الزعيم الكوري الشمالي" in data.sentences[leader[0][4]][0]
    # the entity's own panel lists that sentence too
    assert leader[0][4] in data.nodes[kim]["s"]


def test_documents_carry_title_publisher_and_date(seed):
    data = view_data(seed)
    doc = next(d for d in data.docs if d[0].endswith("seed-001"))
    assert doc[1].startswith("الحرس الوطني الروسي") and doc[2] == "CNN Arabic" and doc[3] == "2024-07-12"


def test_links_out_are_http_only():
    g = Graph()
    e = ID["person/x"]
    g.add((e, RDF.type, KG.Person))
    g.add((e, RDFS.label, Literal("X", lang="en")))
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "JAVASCRIPT:alert(1)", "vbscript:x", "//evil.example/"):
        g.add((e, OWL.sameAs, URIRef(bad)))
    g.add((e, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    node = view_data(g).nodes[0]
    assert node["same"] == ["http://www.wikidata.org/entity/Q1"]
    assert http_url("https://sws.geonames.org/1871859/") == "https://sws.geonames.org/1871859/"
    assert http_url("https://x.org/a\"onmouseover=alert(1)") is None


def test_undescribed_endpoint_becomes_a_plain_entity():
    g = Graph()
    ev = ID["event/e1"]
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, RDF.type, KG.Protest))
    g.add((ev, KG.agent, ID["person/unknown-one"]))
    data = view_data(g)
    other = next(n for n in data.nodes if n["k"] == "e")
    assert (other["t"], other["en"]) == ("Entity", "unknown-one")
    assert data.edges[0][2] == "agent"


def test_node_and_edge_order_is_stable(seed):
    again = Dataset()
    again.parse(SEED, format="trig")
    assert view_data(seed).edges == view_data(again).edges
    assert [n["id"] for n in view_data(seed).nodes] == [n["id"] for n in view_data(again).nodes]


def test_parallel_edges_get_distinct_curvatures(seed):
    data = view_data(seed)
    idx = {n["id"]: i for i, n in enumerate(data.nodes)}
    putin, ru = idx[str(ID["person/vladimir-putin"])], idx[str(ID["country/RU"])]
    edges = [list(e) for e in data.edges]
    _curve_parallel_edges(edges, [True] * len(data.nodes))
    pair = [e for e in edges if {e[0], e[1]} == {putin, ru}]
    assert sorted(e[2] for e in pair) == ["country", "leaderOf"]
    curves = [e[6] for e in pair]
    assert len(set(curves)) == 2 and 0 not in curves
    single = [e for e in edges if {e[0], e[1]} != {putin, ru} and len(e) == 7]
    assert all(len([f for f in edges if {f[0], f[1]} == {e[0], e[1]}]) > 1 for e in single)


def test_position_statement_becomes_a_position_edge_not_a_node():
    g = Graph()
    person, country, st, doc = ID["person/a"], ID["country/RU"], ID["stmt/1"], ID["doc/d"]
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("أليكسي", lang="ar")))
    g.add((person, KG.position, Literal("نائب وزير الدفاع", lang="ar")))
    g.add((country, RDF.type, KG.Country))
    g.add((st, RDF.type, KG.Statement))
    g.add((st, RDF.subject, person))
    g.add((st, RDF.predicate, KG.position))
    g.add((st, RDF.object, Literal("نائب وزير الدفاع", lang="ar")))
    g.add((st, KG.positionOf, country))
    g.add((st, KG.confidence, Literal(0.7)))
    g.add((st, KG.sentence, Literal("ويشرف نائب وزير الدفاع الروسي", lang="ar")))
    g.add((st, KG.mentionedIn, doc))
    data = view_data(g)
    assert [n["t"] for n in data.nodes] == ["Country", "Person"]
    assert data.nodes[1]["pos"] == "نائب وزير الدفاع"
    [edge] = data.edges
    assert edge[:4] == [1, 0, "positionOf", 0.7]
    assert data.sentences[edge[4]][0] == "ويشرف نائب وزير الدفاع الروسي"


def test_several_statements_of_one_fact_keep_every_sentence_and_the_best_confidence():
    g = Graph()
    kim, kp = ID["person/kim"], ID["country/KP"]
    g.add((kim, RDF.type, KG.Person))
    g.add((kp, RDF.type, KG.Country))
    g.add((kim, KG.leaderOf, kp))
    for k, (conf, text) in enumerate([(0.6, "الزعيم الكوري الشمالي"), (0.9, "زعيم كوريا الشمالية كيم")]):
        st = ID[f"stmt/{k}"]
        g.add((st, RDF.type, KG.Statement))
        g.add((st, RDF.subject, kim))
        g.add((st, RDF.predicate, KG.leaderOf))
        g.add((st, RDF.object, kp))
        g.add((st, KG.confidence, Literal(conf)))
        g.add((st, KG.sentence, Literal(text, lang="ar")))
    data = view_data(g)
    [edge] = data.edges
    assert edge[3] == 0.9 and data.sentences[edge[4]][0] == "زعيم كوريا الشمالية كيم"
    kim_node = next(n for n in data.nodes if n["t"] == "Person")
    assert {data.sentences[i][0] for i in kim_node["s"]} == {"الزعيم الكوري الشمالي", "زعيم كوريا الشمالية كيم"}


def test_networkx_view_and_page_count_the_same_edges():
    """`kg stats` (the NetworkX view) and the page draw the same edges: a position statement is a
    ``positionOf`` edge in both (the page had one edge more than `kg stats` before)."""
    from kg.graph.nx import stats, to_networkx

    ds = Dataset()
    g = ds.graph(URIRef("http://example.org/doc"))
    person, country, ev = ID["person/a"], ID["country/RU"], ID["event/e"]
    g.add((person, RDF.type, KG.Person))
    g.add((country, RDF.type, KG.Country))
    g.add((person, KG.country, country))
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, RDF.type, KG.Consult))
    g.add((ev, KG.agent, person))
    for title in ("نائب وزير الدفاع", "نائب الوزير"):
        stmt = ID[f"stmt/{len(title)}"]
        g.add((stmt, RDF.type, KG.Statement))
        g.add((stmt, RDF.subject, person))
        g.add((stmt, RDF.predicate, KG.position))
        g.add((stmt, RDF.object, Literal(title, lang="ar")))
        g.add((stmt, KG.positionOf, country))
    nxg = to_networkx(ds)
    assert len(view_data(ds).edges) == nxg.number_of_edges() == stats(ds)["edges"] == 3
    assert nxg.edges["person/a", "country/RU", "positionOf"]["position"] == "نائب الوزير | نائب وزير الدفاع"

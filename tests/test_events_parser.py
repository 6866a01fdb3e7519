"""The English dependency parser of the event roles (kg.events.parser, kg.events.train_parser)."""

from __future__ import annotations

import pytest

from kg.events import parser as P
from kg.events.train_parser import Perceptron, read_trees, train_epoch, zero_cost

# "Kim hosted the delegation led by Ivanov ." with UD heads (0-based, 8 = the root)
WORDS = ["Kim", "hosted", "the", "delegation", "led", "by", "Ivanov", "."]
HEADS = [1, 8, 3, 1, 3, 6, 4, 1]
LABELS = ["nsubj", "root", "det", "obj", "acl", "case", "obl:agent", "punct"]
TAGS = ["NNP", "VBD", "DT", "NN", "VBN", "IN", "NNP", "."]


def _follow_oracle(heads: list[int], labels: list[str], pick: int) -> tuple[list[int], list[int]]:
    n = len(heads)
    glab = [P.LABELS.index(x) for x in labels]
    st = P.State(n)
    while not st.done():
        good = zero_cost(st, heads, glab)
        move, label = P.move_of(good[pick if pick < len(good) else -1])
        st.apply(move, label)
    return st.heads[:n], st.labels[:n]


@pytest.mark.parametrize("pick", [0, -1])
def test_events_parser_oracle_rebuilds_a_projective_tree(pick: int) -> None:
    heads, labels = _follow_oracle(HEADS, LABELS, pick)
    assert heads == HEADS
    assert [P.LABELS[x] for x in labels] == LABELS


def test_events_parser_oracle_after_a_wrong_move_keeps_the_arcs_still_reachable() -> None:
    glab = [P.LABELS.index(x) for x in LABELS]
    st = P.State(len(WORDS))
    st.apply(P.SHIFT, -1)  # Kim
    st.apply(P.SHIFT, -1)  # hosted: Kim <- hosted is now lost
    # "hosted" still has its object and punctuation in the buffer: popping it would lose them
    good = {P.move_of(c)[0] for c in zero_cost(st, HEADS, glab)}
    assert good == {P.SHIFT}


def test_events_parser_labels_map_to_the_roles_set() -> None:
    assert P.map_label("nmod:poss") == "poss"
    assert P.map_label("obl:tmod") == "obl"
    assert P.map_label("obl:agent") == "obl:agent"
    assert P.map_label("discourse") == "dep"
    assert P.class_of(*P.move_of(7)) == 7


def test_events_parser_learns_a_toy_treebank(tmp_path) -> None:
    conllu = tmp_path / "toy.conllu"
    rows = []
    for i, (w, h, lab, t) in enumerate(zip(WORDS, HEADS, LABELS, TAGS, strict=True)):
        head = 0 if h == len(WORDS) else h + 1
        rows.append(f"{i + 1}\t{w}\t_\t_\t{t}\t_\t{head}\t{lab}\t_\t_")
    conllu.write_text("\n".join(rows) + "\n\n", encoding="utf-8")
    sents = read_trees(conllu)
    assert sents[0][1] == HEADS
    data = [(w, TAGS, h, [P.LABELS.index(x) for x in lab]) for w, h, lab in sents]
    model = Perceptron()
    for epoch in range(6):
        train_epoch(model, data, explore=epoch > 0)
    from kg.events.train_parser import save, to_parser

    parser = to_parser(model.averaged(), 0.0)
    save(parser, tmp_path / "p.npz")
    heads, labels = P.Parser.load(tmp_path / "p.npz").parse(WORDS, TAGS)
    assert heads == [h if h < len(WORDS) else -1 for h in HEADS]
    assert labels == LABELS


def _shipped() -> P.Parser:
    parser = P.get_parser()
    assert parser is not None, "kg/events/models/parser_en.npz is missing"
    return parser


def _tags(words: list[str]) -> list[str]:
    from kg.events.pos import get_tagger

    tagger = get_tagger("en")
    assert tagger is not None
    return tagger.tag(words)


def test_events_parser_shipped_model_reads_subject_object_and_passive_agent() -> None:
    parser = _shipped()
    words = "Kim Jong Un hosted the Russian delegation led by Alexei Krivoruchko in Pyongyang .".split()
    heads, labels = parser.parse(words, _tags(words))
    rel = {words[i]: (words[h] if h >= 0 else "ROOT", lab) for i, (h, lab) in enumerate(zip(heads, labels, strict=True))}
    assert rel["hosted"] == ("ROOT", "root")
    subject = [w for w in ("Kim", "Jong", "Un") if rel[w] == ("hosted", "nsubj")]
    assert len(subject) == 1
    assert rel["delegation"] == ("hosted", "obj")
    assert rel["led"] == ("delegation", "acl")
    assert rel["Alexei"][0] == "led" and rel["Krivoruchko"][0] == "Alexei"
    words = "Israel was attacked by Hamas in October .".split()
    heads, labels = parser.parse(words, _tags(words))
    assert labels[0] == "nsubj:pass" and heads[0] == 2
    assert labels[4] in ("obl:agent", "obl") and heads[4] == 2


def test_events_parser_every_word_gets_one_head_and_no_cycle() -> None:
    parser = _shipped()
    for text in ["", "Hello", ". . .", "The the the of of and , , said said 2005", "Mr Blair met Mr Chirac and they agreed ."]:
        words = text.split()
        heads, labels = parser.parse(words, _tags(words))
        assert len(heads) == len(labels) == len(words)
        for i in range(len(words)):
            seen = set()
            j = i
            while j >= 0:
                assert j not in seen
                seen.add(j)
                j = heads[j]


def test_events_parser_missing_model_gives_none(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(P, "MODEL_DIR", tmp_path)
    P.get_parser.cache_clear()
    try:
        assert P.get_parser() is None
    finally:
        monkeypatch.undo()
        P.get_parser.cache_clear()

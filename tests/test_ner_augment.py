"""Name-substitution augmentation (kg.ner.augment): spans, labels and clitics."""
from __future__ import annotations

import random

from kg.ner.augment import pools, substitute
from kg.ner.scoring import chunks

TRAIN = [
    (["وقال", "جورج", "بوش", "في", "واشنطن", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    (["وزار", "توني", "بلير", "وباريس", "امس"], ["O", "B-PER", "I-PER", "B-LOC", "O"]),
    (["قالت", "الامم", "المتحدة", "."], ["O", "B-ORG", "I-ORG", "O"]),
    (["لا", "اسماء", "هنا"], ["O", "O", "O"]),
    (["في", "باريس"], ["O", "B-LOC"]),
]


def test_substitution_keeps_context_and_relabels_new_names() -> None:
    pool = pools(TRAIN, {"PER": ["فلاديمير", "بوتين", "ميدفيديف"], "LOC": ["موسكو"]})
    out = substitute(TRAIN, pool, random.Random(3), p_list=1.0)
    assert out and all(len(t) == len(y) for t, y in out)
    for toks, tags in out:
        for kind, i, j in chunks(tags):
            assert kind in ("PER", "LOC", "ORG")
            assert tags[i] == f"B-{kind}" and all(t == f"I-{kind}" for t in tags[i + 1:j])
    first = out[0]
    assert first[0][0] == "وقال" and first[0][3] == "في" and first[0][-1] == "."
    assert all(w in ("فلاديمير", "بوتين", "ميدفيديف") for w in first[0][1:3])
    assert first[0][4] == "موسكو"
    # The sentence without names gets no copy.
    assert not any(t == ["لا", "اسماء", "هنا"] for t, _ in out)


def test_conjunction_stays_on_the_replacement() -> None:
    # "وباريس" is "و" + a known name ("باريس" is an entity elsewhere), so "و" stays.
    pool = pools(TRAIN, {"LOC": ["موسكو"]})
    toks, _ = substitute([TRAIN[1]], pool, random.Random(0), p_list=1.0)[0]
    assert toks[3] == "وموسكو"


def test_training_entities_replace_names_when_no_list_is_given() -> None:
    pool = pools(TRAIN)
    names = {("جورج", "بوش"), ("توني", "بلير")}
    for toks, tags in substitute(TRAIN[:2], pool, random.Random(1)):
        spans = [tuple(toks[i:j]) for k, i, j in chunks(tags) if k == "PER"]
        assert spans and all(s in names for s in spans)


def test_types_limits_the_swap_to_person_names() -> None:
    pool = pools(TRAIN, {"PER": ["فلاديمير", "بوتين"], "LOC": ["موسكو"]})
    out = substitute(TRAIN, pool, random.Random(3), p_list=1.0, types=("PER",))
    assert len(out) == 2  # only the two sentences with a person name are copied
    for (toks, tags), (old, old_tags) in zip(out, TRAIN[:2]):
        assert tags == old_tags
        for kind, i, j in chunks(tags):
            if kind == "PER":
                assert all(w in ("فلاديمير", "بوتين") for w in toks[i:j])
            else:
                assert toks[i:j] == old[i:j]  # places and organizations stay

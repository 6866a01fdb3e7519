"""Labelled Wikipedia corpora (kg.ner.wiki) and the network's first training stage on them.

Tiny inline fixtures in the corpora's own formats; no shared data needed.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kg.ner import wiki

# WikiFANE Gold's layout: a BOM, CRLF line ends, U+200E before Arabic tokens, token<TAB>TAG,
# a line holding only a tab between sentences; clitics written apart.
WIKIFANE = (
    "\ufeff\u200eجوبا\tB-Population-Center\r\n\u200eعاصمة\tO\r\n\u200eها\tO\r\n.\tO\r\n\t\r\n"
    "\u200eو\tO\r\n\u200eقال\tO\r\n\u200eباراك\tB-Politician\r\n\u200eاوباما\tI-Politician\r\n"
    "\u200eل\tO\r\n\u200eالعرب\tB-Group\r\n\u200eفي\tO\r\n\u200eمسجد\tB-Building-Grounds\r\n"
    "\u200eالخميس\tI-Building-Grounds\r\n\u200eو\tO\r\n\u200eالشمس\tB-Celestial\r\n\t\r\n"
)
AQMAR = (
    "قال O\nباراك B-PER\nأوباما I-PER\nفي O\nالكونغرس B-ORG\n\n"
    "الذرة B-MIS1\nفي OO\nجامعة I--ORG\nأكسفورد B-LOC\n"
)


def test_wikifane_maps_fine_classes_and_joins_clitics(tmp_path: Path) -> None:
    path = tmp_path / "WikiFANE.txt"
    path.write_bytes(WIKIFANE.encode("utf-8"))
    sents = wiki.read(path)
    assert sents == [
        (["جوبا", "عاصمتها", "."], ["B-LOC", "O", "O"]),
        (["وقال", "باراك", "اوباما", "للعرب", "في", "مسجد", "الخميس", "والشمس"],
         ["O", "B-PER", "I-PER", "O", "O", "B-MISC", "I-MISC", "O"]),
    ]


def test_join_clitics_keeps_a_name_that_the_prefix_began() -> None:
    assert wiki.join_clitics(["و", "هب", "على", "ه"], ["B-PER", "I-PER", "O", "O"]) == (
        ["وهب", "عليه"], ["B-PER", "O"])
    assert wiki.join_clitics(["ب", "ما", "مستوى", "ها", "،", "ها"], ["O"] * 6) == (
        ["بما", "مستواها", "،", "ها"], ["O"] * 4)


def test_aqmar_normalises_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "aqmar.txt"
    path.write_text(AQMAR, encoding="utf-8")
    assert wiki.read(path) == [
        (["قال", "باراك", "أوباما", "في", "الكونغرس"], ["O", "B-PER", "I-PER", "O", "B-ORG"]),
        (["الذرة", "في", "جامعة", "أكسفورد"], ["B-MISC", "O", "I-ORG", "B-LOC"]),
    ]


def test_drop_overlap_ignores_spelling_and_clitic_splits() -> None:
    sents = [(["وقال", "أوباما", "اليوم"], ["O", "B-PER", "O"]), (["قال", "بوتين", "اليوم"], ["O"] * 3)]
    test = [(["و", "قال", "اوباما", "اليوم"], ["O"] * 4)]
    kept, dropped = wiki.drop_overlap(sents, test)
    assert dropped == 1 and kept == [sents[1]]


def test_first_stage_trains_before_the_main_schedule(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train
    from kg.ner.resources import Resources

    res = Resources("ar")
    train = [(["قال", "الرئيس", "بوتين"], ["O", "O", "B-PER"])] * 4
    pre = [(["زار", "اوباما", "موسكو"], ["O", "B-PER", "B-LOC"])] * 8
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    # lr 0 in the main schedule: what is exported is what the first stage left.
    hp = {"hidden": 8, "char_filters": 6, "word_proj": 4, "train_word_dim": 3, "epochs": 1, "lr": 0.0,
          "pre_lr": 0.05, "min_train_count": 1, "batch": 4}

    def run(name: str, **extra: object) -> dict[str, np.ndarray]:
        out = tmp_path / name
        out.mkdir()
        neural_train.train(train, ["الرئيس", "موسكو"], vectors, res, out, hp={**hp, **extra},
                           log=lambda m: None, pre=pre)
        with np.load(out / "ar_nn.npz") as z:
            return {k: z[k] for k in z.files}

    none, staged, reset = run("none"), run("staged", pre_epochs=2), run("reset", pre_epochs=2, pre_reset=True)
    lstm = run("lstm", pre_epochs=2, pre_reset="lstm")
    assert not np.any(none["trans"])  # nothing learnt: lr 0, no first stage
    assert np.abs(staged["trans"]).max() > 1e-3  # the first stage learnt transitions
    assert not np.allclose(staged["conv_w"], none["conv_w"])
    assert not np.any(reset["trans"])  # ... which pre_reset throws away with the output layer
    np.testing.assert_allclose(reset["conv_w"], staged["conv_w"])
    assert not np.allclose(reset["out_w"], staged["out_w"])
    np.testing.assert_allclose(reset["lstm_wx"], staged["lstm_wx"])
    assert not np.allclose(lstm["lstm_wx"], staged["lstm_wx"])
    np.testing.assert_allclose(lstm["conv_w"], staged["conv_w"])


def test_cue_words_the_reference_leaves_untagged_leave_wikipedia_names() -> None:
    reference = [(["زار", "نادي", "ريال", "مدريد", "ونادي"], ["O", "O", "B-ORG", "I-ORG", "O"]),
                 (["نادي", "الهلال"], ["O", "B-ORG"]), (["نادي"], ["B-ORG"])]
    assert "نادي" in wiki.untagged_words(reference, min_count=3, share=0.6)
    assert "نادي" not in wiki.untagged_words(reference, min_count=3, share=0.8)
    sents = [(["نادي", "نادي", "النجف", "و", "نادي"], ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG"])]
    trimmed, moved = wiki.trim_cues(sents, {"نادي"})
    assert trimmed == [(sents[0][0], ["O", "O", "B-ORG", "O", "B-ORG"])] and moved == 2


def test_kg_train_runs_the_first_stage_from_the_config(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from kg.ner import train as kg_train
    from kg.ner.resources import Resources

    data = tmp_path / "data"
    (data / "fane").mkdir(parents=True)
    (data / "anercorp").mkdir()
    (data / "fane" / "WikiFANE_Gold_2014_500K.txt").write_bytes(WIKIFANE.encode("utf-8"))
    # a test sentence equal to the first WikiFANE sentence (as ANERcorp writes it): dropped
    (data / "anercorp" / "ANERCorp_CamelLab_test.txt").write_text(
        "جوبا B-LOC\nعاصمتها O\n. O\n", encoding="utf-8")
    train = [(["قال", "الرئيس", "بوتين"], ["O", "O", "B-PER"])] * 4
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    cfg = {"neural": {"hidden": 8, "char_filters": 6, "word_proj": 4, "train_word_dim": 3, "epochs": 1,
                      "min_train_count": 1},
           "wiki": {"corpora": ["wikifane"], "epochs": 1, "trim": True}}
    out = tmp_path / "model"
    out.mkdir()
    info = kg_train.train_network(train, ["الرئيس", "موسكو"], vectors, Resources("ar"), out, "ar", cfg, data,
                                  log=lambda m: None)
    assert info["first_stage"]["sentences"] == 1
    assert info["first_stage"]["files"] == ["fane/WikiFANE_Gold_2014_500K.txt"]
    assert info["hparams"]["pre_epochs"] == 1
    assert (out / "ar_nn.npz").is_file()

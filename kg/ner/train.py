"""Rebuild a shipped NER model from the shared data: ``kg train ner --lang ar|en``.

Everything is deterministic (fixed seeds, fixed data order), so the same data gives
the same model files.  Training needs numpy and scipy besides python-crfsuite.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.ner import clusters, conll, crf, data
from kg.ner.tagger import MODELS_DIR

#: Per-language CRF parameters and feature switches, chosen on a dev split
#: (the last 10% of ANERcorp train; CoNLL eng.testa).  ``backend``: which tagger
#: ``kg.ner`` uses (``crf``, ``neural`` or ``ensemble`` with ``crf_weight``); the CRF
#: is always trained too (the English default, and the Arabic fallback).
CONFIG: dict[str, dict[str, Any]] = {
    "ar": {"params": {"c1": 0.05, "c2": 0.01, "max_iterations": 200},
           "features": {"names_in_context": False}, "topics": True,
           "occurrences": True, "window": 10, "harmonize": True,
           "backend": "neural", "neural": {"epochs": 30, "average_last": 10},
           # Two networks (seeds 13 and 14) decoded as one CRF over their mean emissions
           # (kg.ner.neural.NeuralTagger.decoder_scores): +0.53 pooled out-of-fold F1 over 5 folds
           # of train, a gain on 4 (BENCHMARKS.md, "a two-seed ensemble out of fold").
           "seeds": [13, 14],
           # The network's token inputs start from a language model of 1M news tokens
           # (kg.ner.lm_pretrain; the LSTM itself starts fresh): +1.2 dev F1 on 3 seeds.
           "lm": {"tokens": 1_000_000, "transfer_lstm": False},
           # Decoding (kg.ner.context.decode_document): untagged repeats of names found with
           # confidence elsewhere in the document become names, names joined by و are split:
           # +0.8 dev F1 on 3 seeds (BENCHMARKS.md, "document-level decoding").
           # A repeat must carry the article where the name does (``"article"``, eleventh session):
           # +0.16 pooled out-of-fold F1 over 5 folds of train, a gain on each (BENCHMARKS.md,
           # "five-fold out-of-fold decoding study").
           "propagate": {"threshold": 0.9, "partial": True, "article": True}, "split_conjoined": True},
    # Not shipped (second round, BENCHMARKS.md "document-level decoding, second round"):
    # "titles": {"override": True} and "trim_person_edges": True, with "article": True and
    # threshold 0.8 in "propagate", gained +0.85 dev F1 on 3 seeds but scored 0.743 on test
    # against 0.746.
    "en": {"params": {"c1": 0.05, "c2": 0.01, "max_iterations": 200}, "features": {},
           "topics": False, "occurrences": True, "window": 10, "harmonize": True},
}
#: Topic clusters: a bag of the 4 words either side instead of positions.
TOPIC_OPTIONS: dict[str, Any] = {
    "offsets": (-4, -3, -2, -1, 1, 2, 3, 4), "positional": False, "n_context": 5000,
}
#: Word vectors for the neural tagger (see :func:`neural_vectors`).
VECTOR_OPTIONS: dict[str, Any] = {"min_count": 3, "max_vocab": 150_000}
SEED = 13


def arabic_corpus(path: Path) -> list[list[str]]:
    """Normalised token lines of the unlabeled Arabic news (one list per paragraph).

    Split with the tokeniser's older rule for a diacritic inside a word (``split_marked``):
    the shipped clusters, topic clusters and word vectors were computed on news split that
    way, and ``kg train ner`` reproduces them byte for byte only so.
    """
    from kg.ner.arabic import normalize
    from kg.ner.tokenize import tokenize

    out = []
    for text in data.iter_articles(path):
        for line in text.split("\n"):
            toks = [normalize(line[s:e]) for s, e in tokenize(line, split_marked=True)]
            if toks:
                out.append(toks)
    return out


def english_corpus(paths: list[Path], extra: list[list[str]]) -> list[list[str]]:
    """Lower-cased token lines of the unlabeled English news plus ``extra`` sentences."""
    from kg.ner.tokenize import tokenize

    out = [[t.lower() for t in s] for s in extra]
    for path in paths:
        for text in data.iter_articles(path):
            for line in text.split("\n"):
                toks = [line[s:e].lower() for s, e in tokenize(line)]
                if toks:
                    out.append(toks)
    return out


def neural_vectors(corpus: list[list[str]]) -> tuple[list[str], Any]:
    """Word vectors for the neural tagger: positional and bag-of-words PPMI-SVD
    vectors of the words seen 3+ times in the news, side by side (200 dimensions)."""
    import numpy as np

    words, pos = clusters.embed(corpus, seed=SEED, **VECTOR_OPTIONS)
    words_b, bag = clusters.embed(corpus, seed=SEED, **{**VECTOR_OPTIONS, **TOPIC_OPTIONS})
    assert words == words_b
    return words, np.hstack([pos, bag])


def build_name_scorer(data_dir: Path, entity_words: set[str]) -> Any:
    """Train the Arabic 'looks like a name' scorer (see :mod:`kg.ner.translit`).

    Args:
        data_dir: the shared data directory.
        entity_words: normalised words inside gold entities of the NER training
            data; they are kept out of the negatives.
    """
    from kg.ner import translit
    from kg.ner.arabic import is_arabic, normalize
    from kg.ner.tokenize import tokenize

    names = data.read_anetac(data.data_file(data_dir, "ar", "names"))
    pos: set[str] = set()
    for _, ar in names.get("PERSON", []):
        pos.update(w for w in (normalize(x) for x in ar.split()) if len(w) >= 2)
    with data.data_file(data_dir, "ar", "translit").open(encoding="utf-8") as fh:
        pos.update(w for w in (normalize(x.strip()) for x in fh) if len(w) >= 2 and " " not in w)
    counts: Counter[str] = Counter()
    sample = data_dir / "ant_arabic_news" / "ant_multisource_sample.jsonl"
    for text in data.iter_articles(sample):
        # the older split of words with a diacritic inside, as for the clusters (arabic_corpus)
        counts.update(normalize(text[s:e]) for s, e in tokenize(text, split_marked=True))
    neg = sorted(
        w for w, c in counts.items()
        if c >= 3 and len(w) >= 2 and is_arabic(w) and w not in pos and w not in entity_words
    )
    return translit.train(sorted(pos), neg)


def train_network(
    train_sents: list[conll.Sentence], words: list[str], vecs: Any, res: Any, out: Path, lang: str,
    cfg: dict[str, Any], data_dir: Path, log: Callable[[str], None] = print, sub_table: Any = None,
    teacher: Callable[[Any], list[Any]] | None = None, unlabeled: list[list[str]] | None = None,
) -> dict[str, Any]:
    """Train the neural tagger: one network per seed of ``cfg["seeds"]`` (an ensemble
    when there are several), written as ``<lang>_nn.npz``, ``<lang>_nn_2.npz``, ...
    ``teacher`` / ``unlabeled``: the distillation inputs of :func:`kg.ner.neural_train.train`
    (used when ``cfg["neural"]["distil"]`` > 0; :mod:`kg.ner.distil`).  Without them,
    ``cfg["distil"]`` (``{"teacher_seeds": [...], "weight": ..., "news": N, "news_share": ...}``)
    trains the teacher first, an ensemble of the recipe's networks with those seeds
    (:func:`distil_teacher`), and then every network of ``cfg["seeds"]`` learns from it.
    ``cfg["o_bias"]`` (chosen on dev) is recorded for decoding (see :class:`kg.ner.neural.NeuralTagger`).
    ``sub_table``: the fastText n-gram table when ``cfg["neural"]["subword"]`` asks for
    subword vectors (:mod:`kg.ner.subword`; written projected as ``<lang>_nn_sub.npz``).

    Returns:
        The ``neural`` entry of the model's metadata (epochs, members, hyper-parameters).
    """
    import shutil
    import tempfile

    from kg.ner import neural_train

    hp = dict(cfg.get("neural", {}))
    lists = None
    if hp.get("augment"):
        from kg.ner.augment import anetac_lists

        lists = anetac_lists(data.data_file(data_dir, lang, "names"))
    seeds = list(cfg.get("seeds", [neural_train.HPARAMS["seed"]]))
    init = None
    lm_state = None
    lm_info: dict[str, Any] = {}
    if cfg.get("lm"):
        lm_cfg = dict(cfg["lm"])
        if hp.get("taglm"):  # TagLM (kg.ner.taglm): the frozen language model needs its LSTM
            lm_cfg["transfer_lstm"] = True
        init, lm_info = pretrain_encoder(train_sents, words, vecs, res, lang, hp, lm_cfg, data_dir, log)
        if hp.get("taglm"):
            lm_state = init
            lm_info["transfer_lstm"] = cfg["lm"].get("transfer_lstm", True)  # to the tagger's own LSTM
            if not cfg["lm"].get("transfer_lstm", True):
                init = {k: v for k, v in init.items() if not k.startswith("lstm.")}
    char_arrays = None
    if cfg.get("charlm"):  # contextual string embeddings (kg.ner.charlm): frozen character LMs of the news
        from kg.ner import charlm
        from kg.ner.lm_pretrain import news_sentences

        ch = {**charlm.CHARLM_HPARAMS, **cfg["charlm"]}
        log("character language models for the neural tagger")
        char_arrays, char_info = charlm.pretrain(
            news_sentences(data.data_file(data_dir, lang, "unlabeled"), ch["tokens"], ch["seed"], ch["min_len"],
                           ch["max_len"]), ch, log=log)
        lm_info = {**lm_info, "charlm": {**ch, **char_info}}
        hp = {"charlm": True, **hp}
    pre = None
    if cfg.get("wiki"):  # a first training stage on labelled Wikipedia text (kg.ner.wiki)
        pre = wiki_sentences(data_dir, lang, cfg["wiki"], log, train_sents)
        hp = {**hp, "pre_epochs": int(cfg["wiki"].get("epochs", 3)),
              "pre_reset": cfg["wiki"].get("reset", False)}
    distil_info: dict[str, Any] = {}
    if cfg.get("distil") and teacher is None:
        teacher, unlabeled, distil_info = distil_teacher(train_sents, words, vecs, res, lang, hp, cfg["distil"],
                                                         data_dir, log, init, sub_table)
        hp = {**hp, "distil": float(cfg["distil"].get("weight", 1.0)),
              "distil_news": float(cfg["distil"].get("news_share", 0.5)) if unlabeled else 0.0}
    silver = None
    if hp.get("silver"):
        silver = silver_sentences(train_sents, words, vecs, res, lang, cfg, data_dir, seeds[0], log, sub_table)
    for k, seed in enumerate(seeds):
        log(f"network {k + 1} of {len(seeds)} (seed {seed})")
        if k == 0:
            neural_train.train(train_sents, words, vecs, res, out, lang, hp={**hp, "seed": seed},
                               log=log, name_lists=lists, silver=silver, sub_table=sub_table, init=init,
                               lm=lm_state, charlm=char_arrays, pre=pre, teacher=teacher, unlabeled=unlabeled)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            neural_train.train(train_sents, words, vecs, res, Path(tmp), lang, hp={**hp, "seed": seed},
                               log=log, name_lists=lists, silver=silver, sub_table=sub_table, init=init,
                               lm=lm_state, charlm=char_arrays, pre=pre, teacher=teacher, unlabeled=unlabeled)
            shutil.copyfile(Path(tmp) / f"{lang}_nn.npz", out / f"{lang}_nn_{k + 1}.npz")
            if (Path(tmp) / f"{lang}_nn_sub.npz").is_file():
                shutil.copyfile(Path(tmp) / f"{lang}_nn_sub.npz", out / f"{lang}_nn_{k + 1}_sub.npz")
    return {"epochs": hp.get("epochs", neural_train.HPARAMS["epochs"]), "members": len(seeds),
            "seeds": seeds, "o_bias": float(cfg.get("o_bias", 0.0)),
            "hparams": {**neural_train.HPARAMS, **hp},
            **({"lm_pretraining": lm_info} if lm_info else {}),
            **({"distillation": distil_info} if distil_info else {}),
            **({"first_stage": {**cfg["wiki"], "sentences": len(pre),
                                "files": [data.FILES[lang][c] for c in cfg["wiki"]["corpora"]]}}
               if pre is not None else {}),
            **({"self_training": {"articles": int(cfg.get("silver_articles", 3000)),
                                  "threshold": float(cfg.get("silver_threshold", 0.9)),
                                  "sentences": len(silver)}} if silver is not None else {})}


def distil_teacher(
    train_sents: list[conll.Sentence], words: list[str], vecs: Any, res: Any, lang: str, hp: dict[str, Any],
    dcfg: dict[str, Any], data_dir: Path, log: Callable[[str], None] = print, init: Any = None,
    sub_table: Any = None,
) -> tuple[Callable[[Any], list[Any]], list[list[str]] | None, dict[str, Any]]:
    """The distillation teacher of ``dcfg`` (``cfg["distil"]``): one network of the recipe
    (hyper-parameters ``hp``, encoder start ``init``) per seed of ``dcfg["teacher_seeds"]``,
    decoded together as one CRF over their mean emissions (:mod:`kg.ner.distil`), and
    ``dcfg["news"]`` news sentences for it to label (none when 0), outside the ANT sample
    (:data:`kg.ner.distil.NEWS_SAMPLE`).

    Returns:
        (sentences -> the teacher's marginals, the news sentences or None, what to record).
    """
    import shutil
    import tempfile

    from kg.ner import distil, neural_train
    from kg.ner.neural import NeuralTagger

    seeds = [int(s) for s in dcfg.get("teacher_seeds", [13, 14])]
    with tempfile.TemporaryDirectory() as tmp:
        tdir = Path(tmp) / "teacher"
        tdir.mkdir()
        for k, seed in enumerate(seeds):
            log(f"distillation teacher: network {k + 1} of {len(seeds)} (seed {seed})")
            one = Path(tmp) / f"seed{seed}"
            one.mkdir()
            neural_train.train(train_sents, words, vecs, res, one, lang, hp={**hp, "seed": seed, "distil": 0.0},
                               log=log, sub_table=sub_table, init=init)
            shutil.copyfile(one / f"{lang}_nn.npz", tdir / (f"{lang}_nn.npz" if k == 0 else f"{lang}_nn_{k + 1}.npz"))
            if k == 0:
                shutil.copyfile(one / f"{lang}_nn_vocab.json.gz", tdir / f"{lang}_nn_vocab.json.gz")
        nt = NeuralTagger(lang, tdir, res, members=len(seeds))  # the arrays are in memory now
    news = None
    if int(dcfg.get("news", 0)):
        sample = data_dir / distil.NEWS_SAMPLE
        news = distil.news_pool(data.data_file(data_dir, lang, "unlabeled"), int(dcfg["news"]),
                                seed=int(dcfg.get("news_seed", 17)), exclude=sample if sample.is_file() else None)
        log(f"{len(news)} news sentences for distillation")
    info = {**dcfg, "teacher_seeds": seeds, **({"news_sentences": len(news)} if news is not None else {})}
    return (lambda sentences: distil.teacher_marginals(nt, sentences)), news, info


def wiki_sentences(data_dir: Path, lang: str, wcfg: dict[str, Any], log: Callable[[str], None] = print,
                   train_sents: list | None = None) -> list:
    """The labelled Wikipedia sentences of ``wcfg["corpora"]`` (roles of :data:`kg.ner.data.FILES`:
    ``wikifane``, ``aqmar``) in kg's tags and ANERcorp's clitic spelling, without any sentence
    that also occurs in the test file; with ``wcfg["trim"]``, the leading cue words that
    ``train_sents`` leaves untagged taken out of the names (:func:`kg.ner.wiki.trim_cues`)."""
    from kg.ner import wiki

    test = conll.read_conll(data.data_file(data_dir, lang, "test"))
    cues = wiki.untagged_words(train_sents or []) if wcfg.get("trim") else set()
    out: list = []
    for role in wcfg["corpora"]:
        sents, dropped = wiki.drop_overlap(wiki.read(data.data_file(data_dir, lang, role)), test)
        if cues:
            sents, _ = wiki.trim_cues(sents, cues)
        log(f"{data.FILES[lang][role]}: {len(sents)} sentences for the first stage ({dropped} also in test, dropped)")
        out.extend(sents)
    return out


def pretrain_encoder(
    train_sents: list[conll.Sentence], words: list[str], vecs: Any, res: Any, lang: str,
    hp: dict[str, Any], lm_cfg: dict[str, Any], data_dir: Path, log: Callable[[str], None] = print,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Language-model pretraining of the network's encoder on the unlabeled news
    (:mod:`kg.ner.lm_pretrain`, options ``lm_cfg``), with the vocabularies the network
    will have; returns the starting weights and what to record in the metadata."""
    from kg.ner import lm_pretrain, neural_train

    lm = {**lm_pretrain.LM_HPARAMS, **lm_cfg}
    full = {**neural_train.HPARAMS, **hp}
    vocab = neural_train.make_vocab(train_sents, words, full["min_train_count"])
    sents = lm_pretrain.news_sentences(data.data_file(data_dir, lang, "unlabeled"), lm["tokens"], lm["seed"],
                                       lm["min_len"], lm["max_len"])
    state, losses = lm_pretrain.pretrain(sents, vocab, vecs, res, hp, lm, log=log)
    return state, {**lm, "sentences": len(sents), "loss": [round(x, 4) for x in losses]}


def silver_sentences(
    train_sents: list[conll.Sentence], words: list[str], vecs: Any, res: Any, lang: str,
    cfg: dict[str, Any], data_dir: Path, seed: int, log: Callable[[str], None] = print,
    sub_table: Any = None,
) -> list[conll.Sentence]:
    """Self-training data: a teacher network (the configuration without silver data,
    with ``cfg["silver_teacher"]`` overriding its hyper-parameters) tags
    ``cfg["silver_articles"]`` random news articles; the confident sentences are kept
    (:mod:`kg.ner.selftrain`, threshold ``cfg["silver_threshold"]``)."""
    import tempfile

    from kg.ner import neural_train
    from kg.ner.selftrain import build_silver

    hp = {**cfg.get("neural", {}), "silver": 0.0, **cfg.get("silver_teacher", {}), "seed": seed}
    with tempfile.TemporaryDirectory() as tmp:
        log("teacher network for self-training")
        neural_train.train(train_sents, words, vecs, res, Path(tmp), lang, hp=hp, log=log, sub_table=sub_table)
        silver = build_silver(Path(tmp), data.data_file(data_dir, lang, "unlabeled"), res, lang,
                              int(cfg.get("silver_articles", 3000)), float(cfg.get("silver_threshold", 0.9)),
                              seed=SEED)
    log(f"{len(silver)} silver sentences")
    return silver


def train(
    lang: str,
    data_dir: str | Path | None = None,
    out_dir: str | Path = MODELS_DIR,
    log: Callable[[str], None] = print,
    score: bool = True,
) -> dict[str, Any]:
    """Build the side tables and the CRF for ``lang``, write them to ``out_dir``, score them.

    With ``score=False`` the test files are not read (the model is only built).

    Returns:
        The model's metadata (also written to ``<out_dir>/<lang>.json``), with test scores.

    Raises:
        kg.errors.InputError: the training data cannot be found.
    """
    from kg.ner.arabic import normalize
    from kg.ner.evaluate import evaluate_sentences
    from kg.ner.features import featurizer
    from kg.ner.resources import Resources
    from kg.ner.scoring import chunks

    d = data.find_data_dir(data_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cfg = CONFIG[lang]
    t0 = time.time()
    sub_table = None
    train_sents = conll.read_conll(data.data_file(d, lang, "train"))
    log(f"read {len(train_sents)} training sentences")
    if lang == "ar":
        corpus = arabic_corpus(data.data_file(d, lang, "unlabeled"))
        log(f"clustering {sum(map(len, corpus)):,} tokens of unlabeled news")
        table = clusters.build(corpus, seed=SEED)
        clusters.save(table, out / "ar_clusters.tsv.gz")
        if cfg.get("topics"):
            log("topic clusters")
            clusters.save(clusters.build(corpus, seed=SEED, **TOPIC_OPTIONS), out / "ar_topics.tsv.gz")
        if cfg.get("backend", "crf") != "crf":
            log("word vectors for the neural tagger")
            vectors = neural_vectors(corpus)
            if cfg.get("neural", {}).get("subword"):
                from kg.ner.subword import train_ngram_table

                log("subword (fastText) n-gram vectors for the neural tagger")
                sub_table = train_ngram_table(corpus, seed=SEED)
        del corpus
        entity_words = {
            normalize(tokens[k])
            for tokens, tags in train_sents
            for _, i, j in chunks(tags)
            for k in range(i, j)
        }
        log("training the name scorer")
        build_name_scorer(d, entity_words).save(out / "ar_names.json.gz")
    else:
        extra = [t for t, _ in train_sents]
        for role in ("wikiann_train", "wikiann_dev", "wikiann_test"):
            # WikiANN's sentences serve as unlabeled text only; tokens carry an "en:" prefix.
            extra.extend([w.removeprefix("en:") for w in t]
                         for t, _ in conll.read_conll(data.data_file(d, lang, role)))
        corpus = english_corpus([data.data_file(d, lang, "unlabeled")], extra)
        log(f"clustering {sum(map(len, corpus)):,} tokens of unlabeled text")
        table = clusters.build(corpus, seed=SEED, min_count=3)
        del corpus
        clusters.save(table, out / "en_clusters.tsv.gz")
    from kg.ner.gazetteer import place_names, save_places

    save_places(place_names(lang), out / f"{lang}_places.tsv.gz")
    res = Resources.load(lang, out)
    featurize = featurizer(res, **cfg["features"])
    log(f"training the CRF ({time.time() - t0:.0f}s so far)")
    from kg.ner.twopass import corpus_items

    occurrences, window = bool(cfg.get("occurrences", False)), int(cfg.get("window", 10))
    items = corpus_items(featurize, [t for t, _ in train_sents], lang, occurrences, window)
    crf.fit_items(items, [g for _, g in train_sents], out / f"{lang}.crfsuite", cfg["params"])
    backend = str(cfg.get("backend", "crf"))
    neural_info: dict[str, Any] = {}
    if backend != "crf":
        log(f"training the neural tagger ({time.time() - t0:.0f}s so far)")
        words, vecs = vectors
        neural_info = train_network(train_sents, words, vecs, res, out, lang, cfg, d, log, sub_table)
    meta: dict[str, Any] = {
        "lang": lang,
        "backend": backend,
        "features": cfg["features"],
        "occurrences": occurrences,
        "window": window,
        "harmonize": bool(cfg.get("harmonize", False)),
        **({"harmonize_surnames": False} if cfg.get("harmonize_surnames") is False else {}),
        **({"reapply_rules": True} if cfg.get("reapply_rules") else {}),
        **({"propagate": cfg["propagate"]} if cfg.get("propagate") else {}),
        **({"split_conjoined": True} if cfg.get("split_conjoined") else {}),
        **({"titles": cfg["titles"]} if cfg.get("titles") is not None else {}),
        **({"trim_person_edges": True} if cfg.get("trim_person_edges") else {}),
        "params": cfg["params"],
        **({"crf_weight": cfg["crf_weight"]} if backend == "ensemble" else {}),
        **({"neural": neural_info} if neural_info else {}),
        "train": data.FILES[lang]["train"],
        "train_seconds": round(time.time() - t0),
        "scores": {},
    }
    (out / f"{lang}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    from kg.ner.tagger import Tagger

    tagger = Tagger(lang, out)
    for role in ("test", "ood") if score else ():
        if role in data.FILES[lang]:
            report = evaluate_sentences(tagger, conll.read_conll(data.data_file(d, lang, role)))
            meta["scores"][data.FILES[lang][role]] = {
                "micro_f1": round(report.micro.f1, 4),
                **{k: round(s.f1, 4) for k, s in sorted(report.per_type.items())},
            }
            log(f"{data.FILES[lang][role]}: micro F1 {report.micro.f1:.3f}")
    (out / f"{lang}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta

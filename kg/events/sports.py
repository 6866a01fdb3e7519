"""Sports senses: a team's attack, a killer goal and a match between clubs are no PLOVER events.

Sports reports use the words of violence and diplomacy for play: ``واصل الهلال هجومه``
(kept attacking), ``هدف قاتل`` (a last-minute goal), ``احتل المركز الثاني`` (took second
place), ``يلتقي بايرن إشبيلية`` (Bayern play Sevilla), ``تستضيف روسيا كأس العالم`` (hosts the
World Cup), ``إنذار`` (a yellow card), ``تحقيق الفوز`` (achieving a win, not an investigation).
:func:`play` says whether a sentence speaks of play: a word of the game (match,
league, goal-mouth, pass, player, coach ...) and no word of real violence (killed, riot,
army, police, missile, assault ...), so that fan riots and attacks on players stay events.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.text.arabic import strip_clitics

#: Arabic words of the game (normalised; proclitics are stripped before lookup).  Words
#: with a political or military sense too are left out: الفوز (an election win), النهائي (a final
#: agreement), مدافع (cannons), الملعب (the ball is in X's court), الموسم, الابطال.
AR_GAME = frozenset(
    "مباراه مباريات المباراه المباريات الدوري دوري بطوله البطوله بطولات البطولات كاس الكاس المنتخب منتخب "
    "النادي نادي اللاعب لاعب لاعبين اللاعبين لاعبو اللاعبون المدرب مدرب المرمي مرمي الشوط شوط "
    "ركله تمريره تمريرات هاتريك الاياب التاهل تاهل الهداف هدافا الاولمبي الاولمبيه فيفا الفيفا "
    "يويفا تسديده تعادل التعادل بالدوري المسابقه".split()
)
#: Arabic words of real violence or policing: a sentence with one of them is no mere play
AR_VIOLENCE = frozenset(
    "قتل قتلي مقتل قتيل جرحي جريح شغب الشغب عنف العنف اعتداء الاعتداء اعتداءات تحرش الجيش جيش الشرطه شرطه "
    "مسلح مسلحين مسلحون صاروخ صواريخ قصف غاره غارات انفجار تفجير ارهاب ارهابي ارهابيه اعتقال اعتقل "
    "معتقل اشتباكات طعن رصاص النار الامن الامنيه عسكري عسكريه".split()
)

#: categories whose triggers have a sports sense
SPORTS_SENSES = frozenset(["ASSAULT", "COERCE", "THREATEN", "PROTEST", "CONSULT", "ACCUSE", "AID", "RETREAT"])
#: English: "attacks the net", "charged to the net", "will meet Johansson", "a drop shot", "pulling
#: out" (of a tournament), "a net cord helps"; criticism, refusals, contracts and bans stay events
SPORTS_SENSES_EN = frozenset(["ASSAULT", "COERCE", "THREATEN", "PROTEST", "CONSULT", "CONCEDE", "RETREAT", "AID"])

#: English categories whose words a match report uses for play only beside a word of play in the
#: sentence ("they were denied by desperate defending", "Helguera headed past the keeper",
#: "Pompey backed off"): twelfth session; SUPPORT only for *back* (:func:`play_sense_en`)
PLAY_SENSES_EN = frozenset(["REJECT", "AGREE", "SUPPORT", "MOBILIZE"])
#: English words of play on the field (not of clubs, contracts or players): with one in the sentence
#: of a sports report, a word of PLAY_SENSES_EN is play
EN_PLAY = frozenset(
    "try tries conversion set sets serve ace aces tie-break wicket wickets innings goal goals header volley "
    "cross keeper goalkeeper crossbar penalty penalties half-time interval second-half first-half defending "
    "tackle scrum scrummage line-out victory victories win wins points score scored scoring shot shots "
    "ball lap laps race finish net rally".split()
)
#: what refusals, agreements and welcomes of the game's business take: these stay events
_BUSINESS = frozenset(
    "that allegation allegations claim claims charge charges report reports bid bids offer offers deal deals "
    "contract contracts move transfer decision decisions appeal appeals request proposal proposals ban bans "
    "suspension suspensions fine fines wrongdoing plans plan".split()
)


def on_field_en(words: list[str], start: int, end: int) -> bool:
    """Is a refusal, agreement, welcome or build-up word of a sports report's sentence (lower-cased
    tokens, the trigger at ``[start, end)``) play: a word of play in the sentence and none of the
    game's business after the trigger?

    >>> on_field_en("but they were denied by some desperate defending".split(), 3, 4)
    True
    >>> on_field_en("the club denied claims that the goal was offside".split(), 2, 3)
    False
    """
    if EN_PLAY.isdisjoint(words):
        return False
    return _BUSINESS.isdisjoint(words[end : end + 5])


def play_sense_en(category: str, word: str) -> bool:
    """Can an English trigger of ``category`` (its first word ``word``) be play in a match report?
    Refusals, agreements and build-ups can; of support only *back* ("Pompey backed off"): praise of a
    player ("McClaren praised Downing", "paid tribute to two-goal striker Johansson") stays SUPPORT."""
    if category == "SUPPORT":
        return word.startswith("back")
    return category in PLAY_SENSES_EN


#: English words of the game, counted over a whole document (BBC sport: "match", "seed", "striker")
EN_GAME = frozenset(
    "match matches semi-final semi-finals quarter-final quarter-finals tournament championship striker "
    "midfielder goalkeeper defender coach league cup seed seeded serve ace tie-break innings wicket wickets "
    "goal goals scored penalty try tries fly-half scrum premiership wimbledon olympic olympics athletics medal "
    "squad fixture kick-off half-time injury injured title champion champions player players club season win "
    "victory defeat beat beaten draw "
    # eleventh session: match reports ("Newcastle 2-1 Bolton") had too few of the words above; words
    # of play only (not "athlete", "fixtures": governing bodies' bans and meetings are events)
    "ball header volley equaliser equalizer free-kick keeper winger referee substitute second-half "
    "first-half crossbar hat-trick scorer goalless stoppage-time injury-time unbeaten relegation "
    "defenders".split()
)
#: English words of real violence or policing: a sentence with one of them is no mere play
EN_VIOLENCE = frozenset(
    "killed dead died wounded riot riots rioting violence violent assault assaulted police army troops "
    "soldiers militants gunmen gunman bomb bombing missile missiles shelling shooting stabbed stabbing "
    "arrested arrest hooligans hooliganism racist racism racial abuse abused terrorist terrorism".split()
)


#: English words of a governing body's discipline: a sentence with one of them is the game's
#: business (*Bugno was banned for three months in 1994 after testing positive*), no play
EN_DISCIPLINE = frozenset("banned doping".split())


#: unambiguous game words as written (any clitics): counted over a whole document
_AR_GAME_RE = re.compile(
    r"(?:^|[\s«\"(])[وفبل]{0,2}(?:ال)?(?:مباراة|مباريات|الدوري|دوري|منتخب|لاعب|لاعبين|مدرب|بطولة|المرمى|الشوط"
    r"|ركلة|تمريرة|التعادل|هدف|أهداف|نادي|النادي)(?=[\s.,،:؛\"»)]|$)"
)


def sports_document(text: str) -> bool:
    """Is an Arabic document a sports report?  At least 4 game words, 3 per 1,000 characters.

    Over 6,000 ANT articles this flags 81 % of the sports section and 0.5 % of the others
    (culture, economy, international news), whose violent sentences :func:`play` still keeps.
    """
    n = len(_AR_GAME_RE.findall(text))
    return n >= 4 and n * 1000 >= 3 * max(1, len(text))


def sports_document_en(words: list[str], chars: int) -> bool:
    """Is an English document (its lower-cased tokens, its length) a sports report?

    At least 4 game words, 4 per 1,000 characters: over the 2,225 BBC News articles this
    flags 384 of 511 sport articles (363 before the eleventh session's match-report words) and 11
    of the other 1,714 (business, politics, tech, entertainment), whose violent sentences stay
    events.
    """
    if _wire_slug(words):
        return True
    n = sum(map(EN_GAME.__contains__, words))
    return n >= 4 and n * 1000 >= 4 * max(1, chars)


def _wire_slug(words: list[str]) -> bool:
    """Does an English document open with a news agency's sports slug (Reuters' ``SOCCER - JAPAN GET
    LUCKY WIN``, ``RALLYING - MAKINEN STEPS UP TITLE BID``)?  Short wire reports have too few game
    words for the count (fifteenth session: 78 of 300 Reuters stories are sports, most of them short).

    >>> _wire_slug("golf - players divided on cart request".split())
    True
    >>> _wire_slug("iraq - troops move north".split())
    False
    """
    return any(" ".join(words[:n]) in EN_WIRE_SPORTS and words[n : n + 1] == ["-"] for n in (1, 2, 3))


#: sports as news agencies slug their reports (Reuters 1996: the word or words before " - ")
EN_WIRE_SPORTS = frozenset(
    "soccer football cricket golf tennis rallying athletics baseball cycling boxing rugby swimming "
    "basketball nfl nhl nba squash badminton rowing yachting sailing skiing hockey judo wrestling snooker "
    "darts chess triathlon olympics sport sports motorcycling motor-racing gymnastics handball volleyball "
    "equestrianism fencing canoeing weightlifting"
    .split()
) | frozenset(
    ["motor racing", "horse racing", "rugby union", "rugby league", "ice hockey", "american football",
     "table tennis", "formula one", "alpine skiing", "figure skating", "speed skating", "australian rules"]
)


def _word_forms(word: str) -> frozenset[str]:
    """A word's clitic-stripped stems (:func:`kg.text.arabic.strip_clitics`): ``وبالمباراه`` and
    ``للمباراه`` are looked up as ``المباراه`` / ``مباراه`` too."""
    return frozenset(stem for stem, _ in strip_clitics(word))


@lru_cache(maxsize=1 << 15)
def _word_play(word: str) -> int:
    """What a word's forms (:func:`_word_forms`) say of play: 1 a word of the game
    (:data:`AR_GAME`), 2 one of real violence (:data:`AR_VIOLENCE`), 3 both, 0 neither."""
    forms = _word_forms(word)
    return (0 if forms.isdisjoint(AR_GAME) else 1) | (0 if forms.isdisjoint(AR_VIOLENCE) else 2)


def play(words: list[str], sports_doc: bool = False) -> bool:
    """Does an Arabic sentence (normalised tokens) speak of play?

    Yes when it has a word of the game, or is part of a sports report
    (:func:`sports_document`), and has no word of real violence.

    English sentences are judged by their document only (:func:`play_en`): its words of
    the game (*goal*, *win*, *title*) are too common in political news.

    >>> play("واصل الهلال هجومه في المباراه".split())
    True
    >>> play("قتل 20 مشجعا في اعمال شغب بعد المباراه".split())
    False
    >>> play("واصل الهلال هجومه".split(), sports_doc=True)
    True
    """
    # the sentence's forms meet the game's words iff one word's do (likewise violence)
    kinds = set(map(_word_play, words))
    return (sports_doc or 1 in kinds or 3 in kinds) and 2 not in kinds and 3 not in kinds


def play_en(words: list[str], sports_doc: bool) -> bool:
    """Does an English sentence (lower-cased tokens) of a sports report speak of play?

    >>> play_en("he attacks the net".split(), sports_doc=True)
    True
    >>> play_en("fans were arrested after the match".split(), sports_doc=True)
    False
    """
    return sports_doc and EN_VIOLENCE.isdisjoint(words) and EN_DISCIPLINE.isdisjoint(words)

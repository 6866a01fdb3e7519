"""English event types that depend on the sentence, not the trigger alone.

The lexicon gives a trigger's PLOVER category; English news uses many of those words in
another sense, which :func:`retype_en` sorts out: an "attack" on a politician's plans is
criticism (ACCUSE), "came under fire from gunmen" is an assault, a "protest" by a crowd is
a street protest and by a state a complaint, "warned" without a condition is an opinion,
"met a cool reception" or "agree with X" meet and agree with no one.
"""

from __future__ import annotations

import re

from kg.events import cues
from kg.events.criticism import ACTORS, judgements
from kg.events.lexicon import Match
from kg.events.roles import Roles
from kg.events.sentence import SentenceView
from kg.events.sports import EN_VIOLENCE


def retype_en(
    view: SentenceView, m: Match, roles: Roles, matches: list[Match], bounds: tuple[int, int]
) -> tuple[str, str | None] | None:
    """The (PLOVER category, CAMEO code) of English trigger ``m`` in its sentence, or ``None``
    when it states no event there.

    Args:
        view: the sentence.
        m: the trigger.
        roles: its agent / target / participants.
        matches: every trigger of the sentence.
        bounds: the trigger's clause, ``(lo, hi)`` token indices.
    """
    lo, hi = bounds
    category, cameo = m.entry.plover, m.entry.cameo or None
    if category == "ASSAULT" and (_verbal_attack(view, m, hi) or _attack_on_a_person_in_words(view, m, roles)):
        category, cameo = "ACCUSE", "111"
    if category == "ASSAULT" and _verbal_clash(view, m):
        category, cameo = "ACCUSE", "111"
    if category == "AGREE" and view.words[m.start] in ("flew", "flown") and m.entry.source != "kg":
        # PETRARCH2's "fly to" (036, intent to meet) said in the past: the trip was made (CONSULT 042,
        # as "made a trip to"): "Kornblum flew to the Croatian capital Zagreb"
        category, cameo = "CONSULT", "042"
    if category == "ASSAULT" and _labour_strike(view, m):
        category, cameo = "PROTEST", "143"  # "the pilots' union launched a 24-hour strike": no attack
    if category == "ACCUSE" and _armed_fire(view, m):
        category, cameo = "ASSAULT", "190"  # the roles stay swapped: the shooters act
    if category == "ASSAULT" and view.words[m.start].startswith("attack"):  # not said in words (ACCUSE)
        kind = _attack_kind(view, m)
        if kind == "medical":
            return None  # "the risk of heart attack", "a panic attack": no one attacked
        if kind == "cyber":
            if not (roles.agent or roles.target) and view.words[m.end : m.end + 1] != ["on"]:
                return None  # "DDoS attacks typically use thousands of computers": the practice
            return "COERCE", "170"  # PLOVER: cyber attacks are COERCE (mode cyber), not ASSAULT
    if category == "REJECT" and _dismissed_actor(view, m):
        category, cameo = "ACCUSE", "111"
    if category == "ACCUSE" and _crowd_protest(view, m, lo, hi):
        category, cameo = "PROTEST", "141"
    elif category == "PROTEST" and _protest_frame(view, m, lo, hi):
        category, cameo = "ACCUSE", "111"  # "..., a human rights group protested on Wednesday.": a complaint
    if category == "THREATEN" and view.words[m.start].startswith("warn") and not _warning_threat(view, m):
        return None  # "warned the costs could outweigh the benefits": an opinion, no threat
    if _no_one_else(view, m, roles, matches):
        return None
    if view.words[max(0, m.start - 2) : m.start] == ["in", "-"]:
        return None  # "in-fighting": a party's quarrels
    if _charged_with_a_duty(view, m):
        return None  # "is charged with ensuring order": a duty, not a charge
    if _no_act_object(view, m):
        return None  # "destroyed files", "the release of the minutes", "seize the initiative"
    if (
        category == "ACCUSE"
        and view.words[m.start].startswith(("present", "produc", "submit", "unveil"))
        and {"against", "that"}.isdisjoint(view.words[lo : hi + 1])
    ):
        return None  # "presented evidence of strong growth": evidence against no one
    if _market_sense(view, m, category, roles):
        return None  # "demand was strong", "a rally in crude prices", "a profit warning", "lending was weaker"
    return category, cameo


#: words of armed force before "strike" ("an air strike", "a missile strike")
_EN_ARMED_STRIKE = frozenset(
    "air missile military drone rocket artillery nuclear pre-emptive preemptive retaliatory surgical "
    "precision naval aerial".split()
)
#: words of work and pay near a labour strike
_EN_LABOUR = frozenset(
    "workers worker union unions employees staff pilots teachers doctors nurses miners drivers dockers "
    "pay wage wages salary salaries pension pensions employer employers management walkout walkouts "
    "general nationwide indefinite open-ended".split()
)


#: who launches armed strikes: "the army launched a strike against rebels who had attacked workers"
_EN_ARMED_ACTORS = frozenset(
    "army troops forces military soldiers warplanes jets aircraft navy militants rebels guerrillas".split()
)


def _labour_strike(view: SentenceView, m: Match) -> bool:
    """Is an English ASSAULT trigger a strike launched, staged or carried out by workers ("the
    pilots' union launched a 24-hour strike", "before launching the strike we have to sign an
    agreement with our employer"), PLOVER PROTEST (CAMEO 143), not an attack?

    Its context word is "strike" with no word of armed force right before it, and a length in
    hours or days ("24-hour", "one-day") or, within ten words, a word of work and pay and no
    armed actor.
    """
    w = view.words
    k = m.context_at
    if k is None or w[k] not in ("strike", "strikes"):
        return False
    if k and (w[k - 1] in _EN_ARMED_STRIKE or w[max(0, k - 2) : k] == ["air", "-"]):
        return False
    length = " ".join(w[max(0, k - 4) : k])
    if re.search(r"\b(hour|day|week)s?\b", length):
        return True  # "a 24-hour strike", "a two-day strike"
    near = [x.removesuffix("'s") for x in w[max(0, k - 10) : k + 10]]
    return not _EN_LABOUR.isdisjoint(near) and _EN_ARMED_ACTORS.isdisjoint(near)


#: what an attack on computers is made with or aimed at (PLOVER COERCE, mode cyber)
_EN_CYBER = frozenset(
    "ddos denial-of-service phishing virus viruses worm worms trojan trojans spyware malware spam hacker hackers "
    "hacking cyber cyber-attack net internet web website websites server servers pc pcs computer computers "
    "software email e-mail emails e-mails browser browsers com".split()
)
#: words of the body: "a heart attack", "an asthma attack", "a panic attack"
_EN_MEDICAL = frozenset("heart asthma panic anxiety epileptic stroke".split())


def _attack_kind(view: SentenceView, m: Match) -> str:
    """ "medical" for a heart or panic attack, "cyber" for an attack on or by computers ("DDoS
    attacks", "malicious net attacks", "an attack on the georgewbush.com website", "viruses produced
    to attack mobile phones"), else ""."""
    w = view.words
    before = w[max(0, m.start - 3) : m.start]
    if m.entry.kind == "n" and before[-1:] and before[-1] in _EN_MEDICAL:
        return "medical"
    after = w[m.end : m.end + 7]
    if after[:1] == ["on"] or m.entry.kind == "v":
        after = after[: next((k for k, x in enumerate(after) if x in (",", "and", "by", "in")), len(after))]
    else:
        after = []
    words = [x.lower().removesuffix("'s") for x in before + after]
    if any(x in _EN_CYBER or x.endswith((".com", ".org", ".net", ".co.uk")) for x in words):
        return "cyber"
    if m.start >= 3 and w[m.start - 3 : m.start] == ["denial", "of", "service"]:
        return "cyber"
    return ""


_EN_MARKET = frozenset(
    "prices price shares share stocks stock markets market dollar pound euro yen sterling crude oil bonds "
    "bond index ftse dow nasdaq nikkei currency currencies gold commodities".split()
)
#: words of trading: a "rally" among them with no crowd is a price's rise
_EN_TRADING = frozenset(
    "percent % guilders cents pence points profits profit earnings shares stocks index bourse traders dealers "
    "investors analysts".split()
)
#: words of a crowd: a rally among them is people's
_EN_RALLY_CROWD = frozenset(
    "protesters protestors demonstrators supporters crowd crowds people thousands hundreds police workers "
    "students activists marchers opposition streets street square march marched marching chanting placards "
    "banners".split()
)
_EN_ECONOMIC_DEMAND_BEFORE = frozenset(
    "consumer consumers domestic global world strong stronger weak weaker rising falling oil energy export "
    "exports import imports housing market customer customers sluggish robust buoyant healthy slowing "
    "seasonal underlying".split()
)
_EN_ECONOMIC_DEMAND_AFTER = frozenset(
    "was is has had remained remains rose rises risen fell falls fallen grew grows grown slowed slows "
    "picked weakened strengthened outstripped outstrips exceeded exceeds continues continued".split()
)


#: what is done to a market's demand ("would ease demand for stock", "in response to demand")
_EN_DEMAND_MOVED = frozenset(
    "ease eases eased easing boost boosts boosted boosting curb curbs curbed dampen dampened dampening satisfy "
    "satisfied increased increasing growing rising falling reduced reducing higher lower high low huge "
    "response".split()
)
#: how a market's demand moves or stands, verbs only ("demand for such vehicles would soar", "demand for them has been
#: slow", "demand wasn't there for the stock", "fears demand may not be met")
_EN_DEMAND_MOVES = frozenset(
    "soar soared soaring slow slowed slowing fall fell falling rise rose rising grow grew growing weaken "
    "weakened slump slumped outstrip outstripped exceed exceeded met there".split()
)


#: words before a verb "demand" (someone demands): "to demand", "will demand", "they demand"
_EN_DEMANDER = frozenset(
    "to will would could can may might should must shall they we i you did do does not also now further "
    "and or".split()
)


def _demand_moves(w: list[str], end: int) -> bool:
    """Is the noun "demand" ending at ``end`` the subject of a market's move within its clause (up to
    seven words on, no comma, "that" or another verb of asking between)?"""
    for x in w[end : end + 7]:
        if x in cues.EN_STRONG_PUNCT or x in (",", "that", "who", "which"):
            return False
        if x in _EN_DEMAND_MOVES:
            return True
    return False


def _market_sense(view: SentenceView, m: Match, category: str, roles: Roles) -> bool:
    """Business news words that look like events: "demand was strong" (no one demands), a
    market's "rally in crude prices", a firm's "profit warning", banks' "lending" with no one
    lent to."""
    w = view.words
    word = w[m.start]
    if category == "REQUEST" and word == "demand" and m.entry.kind == "v" and m.start and w[m.start - 1] not in _EN_DEMANDER:
        # the verb's dictionary entry on the noun ("but demand for them has been slow")
        return w[m.start - 1] in _EN_DEMAND_MOVED or _demand_moves(w, m.end)
    if category == "REQUEST" and m.entry.kind == "n" and word.startswith("demand"):
        before = w[m.start - 1] if m.start > 0 else ""
        after = w[m.end] if m.end < len(w) else ""
        return (
            before in _EN_ECONOMIC_DEMAND_BEFORE or after in _EN_ECONOMIC_DEMAND_AFTER
            or before in _EN_DEMAND_MOVED or _demand_moves(w, m.end)
        )
    if category == "PROTEST" and word.startswith("rall"):
        if not _EN_MARKET.isdisjoint(w[m.end : m.end + 4]) or not _EN_MARKET.isdisjoint(w[max(0, m.start - 3) : m.start]):
            return True
        # "continuing its explosive rally sparked by the 51 percent jump in first half net profits",
        # "the rally was short-lived and Stork ended just 0.20 up at 51.00 guilders": a price's rise
        return not _EN_TRADING.isdisjoint(w) and _EN_RALLY_CROWD.isdisjoint(w)
    if category == "THREATEN":
        near = w[max(0, m.start - 1) : m.end + 3]
        return ("profit" in near or "profits" in near) and any(x.startswith("warning") for x in near)
    if category == "AID" and word.startswith(("lend", "loan")):
        return not roles.target
    return False


#: objects that make a verb of force or yielding an ordinary act: (stems of the trigger, objects)
_EN_NO_ACT_OBJECTS = (
    (
        ("destroy",),
        "files file documents document records record evidence papers data e-mails emails collateral jobs "
        "value confidence credibility reputation career chances hopes",
    ),
    (
        ("release",),
        "minutes figures data results report reports statement details information documents papers findings "
        "accounts film album record single products product version book list statistics forecast forecasts",
    ),
    (
        ("withdr",),
        "posters poster advert adverts advertisement advertisements product products drug drugs bid offer "
        "application motion remark remarks comments statement claim claims money funds savings cash "
        "licence license",
    ),
    (("seiz", "seize"), "initiative advantage opportunity chance moment lead agenda momentum"),
    (
        # money raised for a deal, a purchase or a budget is no aid to anyone ("the debt it took on to
        # fund the Seagram purchase", "to fund a £1.4bn cash bid", "stop funding the US deficit")
        ("fund", "financ"),
        "purchase purchases bid bids acquisition acquisitions takeover takeovers buyout buyouts investment "
        "investments expansion improvements improvement cuts deficit deficits overhaul spending debt debts deal "
        "deals merger mergers borrowing pledges promises commitments rise increases",
    ),
    (
        # what is kept safe is a market, a body of rights or a machine, not an actor ("helps protect the
        # Mexican economy", "protect their national resources", "to protect PCs")
        ("protect",),
        "economy economies resources health privacy rights access interests investors jobs environment data "
        "pcs computers computer machines networks systems system brand margins profits earnings value savings "
        "pensions consumers customers shareholders",
    ),
    (
        # copies written to a disc ("could then be burned onto a blank DVD")
        ("burn", "burnt"),
        "dvd dvds cd cds disc discs disk disks",
    ),
    (
        # machines and plants switched off ("Shutting down this central server", "a system that could be
        # harder to shut down")
        ("shut",),
        "server servers computer computers machine machines system systems plant plants factory factories "
        "mill mills line lines",
    ),
    (
        # a format or a feature a product works with ("will support the Blu-ray format", "enough numbers
        # to support a return on investment"); an economy or a level kept up ("a budget to
        # support the economy", "lines support high data speeds")
        ("support",),
        "format formats standard standards technology technologies feature features platform platforms "
        "return returns codec codecs dollar euro yen currency currencies growth buyout price prices "
        "economy speeds speed level levels sentiment research",
    ),
    (
        # money put into a business, not into a partnership ("BMW had invested some £280m in Mini
        # production", "have all invested in the Chinese beer industry"): "in" does not end the phrase
        ("invest",),
        "production brand brands software firewall industry industries sector plant plants factory factories "
        "infrastructure technology equipment research capacity stock stocks shares bonds property properties",
    ),
    (
        # work or a service a business gives ("providing jobs for 19 million people")
        ("provid",),
        "jobs job services service broadband coverage",
    ),
    (
        # a service called off ("had to cancel 77 short and medium-distance flights", "cancel the 'put'")
        ("cancel",),
        "flights flight tour tours concert concerts show shows gig gigs order orders contract contracts put "
        "option options screening screenings broadcast programme performance performances dates date",
    ),
    (
        ("fight", "fought"),
        "crime terror terrorism poverty inflation corruption fraud disease cancer aids drugs illness racism "
        "discrimination legislation bill plans ban decision case proposals election seat this it",
    ),
)
_EN_OBJECT_STOP = frozenset(", and but or in at on to from with by after before over against into for as".split())


def _no_act_object(view: SentenceView, m: Match) -> bool:
    """A verb (or noun) of force or yielding whose object is a thing, not an actor or a place:
    "destroyed files", "the release of the minutes", "withdrawn two posters", "seize the
    initiative", "help fight crime", "we are fighting this"."""
    w = view.words
    word = w[m.start]
    end = m.end
    if word.startswith("help") and m.end < len(w):
        # "helps protect the Mexican economy", "to help fund the purchase": the helped verb's object
        k = m.end + (w[m.end] == "to")
        if k < len(w) and w[k].startswith(("protect", "fund", "financ")):
            word, end = w[k], k + 1
    objects = next((o for stems, o in _EN_NO_ACT_OBJECTS if word.startswith(stems)), None)
    if objects is None or word.startswith("investig"):  # "invest", not "investigate"
        return False
    wanted = frozenset(objects.split())
    if end == m.end and m.context_at is not None and m.context_at < m.start:
        # a passive verb's object is its subject ("Labour poster plans ... were withdrawn")
        return not wanted.isdisjoint(w[max(0, m.context_at - 3) : m.context_at + 1])
    for x in w[end : end + 7]:  # the object phrase, up to its first preposition or comma
        if x in wanted:
            return True
        if x in cues.EN_STRONG_PUNCT or (x in _EN_OBJECT_STOP and x != "and" and not (x == "in" and word.startswith("invest"))):
            break  # ("77 short and medium-distance flights": "and" inside the phrase)
    return False


#: what someone is charged with when the charge is a crime ("charged with murdering")
_EN_CRIME_GERUNDS = frozenset(
    "murdering killing attempting conspiring assaulting possessing stealing causing inciting plotting "
    "supplying smuggling trafficking obstructing breaching harassing bribing defrauding dealing kidnapping "
    "raping robbing threatening wounding perverting misleading falsifying laundering spying preparing "
    "funding financing aiding abetting helping handling importing selling carrying fraudulently "
    "illegally unlawfully".split()
)


def _charged_with_a_duty(view: SentenceView, m: Match) -> bool:
    """ "charged with ensuring order": a gerund after "charged with" that names no crime."""
    w = view.words
    if not w[m.start].startswith("charg") or w[m.end : m.end + 1] != ["with"] or m.end + 1 >= len(w):
        return False
    nxt = w[m.end + 1]
    return nxt.endswith("ing") and nxt not in _EN_CRIME_GERUNDS


#: what a verbal attack is aimed at ("attacked the government's plans")
_EN_STANCES = frozenset(
    "plan plans policy policies proposal proposals decision decisions remarks remark comments comment record "
    "handling budget response stance approach bill bills legislation idea ideas scheme schemes reform reforms "
    "claims claim report speech strategy tactics views statement statements leadership manifesto pledges pledge "
    "promises promise figures sums policy package packages measure measures move moves law laws rules regulation "
    "regulations changes privatisation privatisations privatization privatizations deal deals".split()
)
#: what follows "attacked X as" when it labels X, not a time ("attacked as he left"): "attacked the
#: package as a bad piece of legislation", "attacked by the Tories as too little, too late"
_EN_AS_LABEL = frozenset("a an too being `` '' \" “ ‘ '".split())


#: adjectives of words, not weapons: "a scathing attack on the Tories"
_EN_VERBAL_ADJ = frozenset("scathing stinging blistering withering verbal excoriating vitriolic scornful".split())


_EN_OVER_NOT_TOPIC = frozenset(
    "night weekend past last next days weeks months hours years period border frontier city town village area "
    "region country territory skies sea".split()
)


def _verbal_attack(view: SentenceView, m: Match, hi: int) -> bool:
    """``attacked the government over Iraq``, ``attacking the EC for backing down``: criticism.

    An English verb ``attack`` (or a verb whose pattern names an attack: ``launched a
    fierce attack on``) whose clause says what for (``over``, ``for`` + gerund) or whose
    object is a stance (``attacked the plans``) is a verbal attack (CAMEO 111).
    """
    w = view.words
    if w[m.start].startswith("attack") and m.entry.kind == "n" and m.start and w[m.start - 1] in _EN_VERBAL_ADJ:
        return True  # "a scathing attack on the Tories"
    if (
        m.context_at is not None
        and m.context_at > m.start
        and w[m.context_at].startswith("attack")
        and not _EN_VERBAL_ADJ.isdisjoint(w[m.end : m.context_at])
    ):
        return True  # "launched a scathing attack on the Tories"
    if w[m.start].startswith("attack") and m.entry.kind == "v":
        a = m.end
    elif m.context_at is not None and m.context_at > m.start and w[m.context_at].startswith("attack"):
        a = m.context_at + 1  # "launched a fierce attack on Labour's record": the pattern's noun
    else:
        return False
    rest = w[a : min(max(hi, a), a + 10)]
    for k, x in enumerate(rest):
        if x in cues.EN_STRONG_PUNCT or (x == "," and k > 0):
            break
        if x == "over" and not _EN_OVER_NOT_TOPIC.intersection(rest[k + 1 : k + 3]):
            return True  # not "over the weekend", "over the border"
        if x in _EN_STANCES:
            return True
        if x == "for" and k + 1 < len(rest) and rest[k + 1].endswith("ing"):
            return True
    return _attacked_as_en(w, a)


def _attacked_as_en(w: list[str], a: int) -> bool:
    """ "attacked the package as a bad piece of legislation", "attacked by the Tories as too little,
    too late": "as" before a label or a judgement says what the attacker called it (criticism); not
    "attacked as he left", nor in a sentence with a word of harm ("attacked as a traitor by gunmen")."""
    for k in range(a, min(len(w) - 1, a + 8)):
        if w[k] in cues.EN_STRONG_PUNCT or w[k] == ",":
            return False
        if w[k] == "as":
            label = w[k + 1] in _EN_AS_LABEL or w[k + 1] in judgements()[0]
            return label and _EN_HARM.isdisjoint(w)
    return False


#: what turns a warning into a threat: a condition or a consequence for the one warned
_EN_THREAT_WORDS = frozenset(
    "unless if otherwise else consequences consequence retaliate retaliation retaliatory action "
    "ultimatum force strike strikes walkout walkouts sanctions".split()
)
#: what one may be made to "face" by whoever warns: a penalty, not a state of affairs ("could face
#: fines" threatens; "could face a short supply of talent", "could face higher prices" do not)
_EN_PENALTIES = frozenset(
    "fine fines penalty penalties prosecution prosecutions charge charges jail prison imprisonment "
    "sanction sanctions action expulsion suspension suspensions ban bans disciplinary punishment sack "
    "dismissal consequences consequence legal court courts trial arrest deportation retaliation "
    "sentence sentences strike strikes".split()
)


#: who protests in the street rather than in a statement
_EN_CROWD = frozenset(
    "thousands hundreds dozens tens crowds crowd people students workers residents villagers activists "
    "supporters demonstrators protesters protestors marchers farmers miners teachers women men youths "
    "opponents".split()
)
_EN_STREET = frozenset("streets street outside square rally march marched marching chanting placards banners".split())


def _crowd_protest(view: SentenceView, m: Match, lo: int, hi: int) -> bool:
    """Is a verb "protest" a street protest (PROTEST 141), not a complaint (ACCUSE)?

    "Thousands protested in Cairo against the government" (a crowd, a place) protests;
    "China protested against the visit" complains.
    """
    w = view.words
    if m.entry.kind != "v" or not w[m.start].startswith("protest"):
        return False
    if not _EN_CROWD.isdisjoint(w[lo : m.start]) or not _EN_STREET.isdisjoint(w[m.end : hi]):
        return True
    return any(
        c.prep in ("in", "outside", "near") and c.is_place and m.end <= c.start < hi and not c.nationality
        for c in view.chunks
    )


def _protest_frame(view: SentenceView, m: Match, lo: int, hi: int) -> bool:
    """Is a verb "protest" the verb of a closing reporting frame, its clause the complaint?"""
    w = view.words
    if m.entry.kind != "v" or not w[m.start].startswith("protest") or len(w) - m.end > 5:
        return False
    comma = next((k for k in range(m.start - 1, max(-1, m.start - 9), -1) if w[k] == ","), None)
    if comma is None or comma < 3 or any(x in cues.EN_CLAUSE_OPENERS for x in w[comma + 1 : m.start]):
        return False
    return not _crowd_protest(view, m, comma + 1, len(w))


_EN_MET_OBJECTS = frozenset(
    "reception response criticism rule rules target targets deadline requirement requirements standard "
    "standards criteria resistance opposition expectations expectation costs cost needs challenge obligations "
    "obligation conditions approval end fate death match".split()
)
_EN_AGREEMENT_WORDS = frozenset(
    "to on deal agreement accord treaty pact ceasefire truce plan terms settlement package".split()
)


def _met_idiom(view: SentenceView, m: Match) -> bool:
    """ "met a cool reception", "met its target": an object that is no one to meet."""
    w = view.words
    starts = {c.start for c in view.chunks}
    for j in range(m.end, min(len(w), m.end + 5)):
        if j in starts or w[j] in ("to", "in", "at", "on", "with", "and", ",", "for"):
            return False
        if w[j] in _EN_MET_OBJECTS:
            return True
    return False


def _agree_opinion(view: SentenceView, m: Match) -> bool:
    """ "agree with X" (an opinion shared) or "I agree," (assent), not "agreed to / on a deal"."""
    w = view.words
    nxt = w[m.end : m.end + 1]
    if nxt in ([","], ["."], ['"']):
        return True
    if nxt != ["with"]:
        return False
    end = next((j for j in range(m.end, len(w)) if w[j] in cues.EN_STRONG_PUNCT or w[j] == ","), len(w))
    return _EN_AGREEMENT_WORDS.isdisjoint(w[m.end + 1 : end])


def _no_one_else(view: SentenceView, m: Match, roles: Roles, matches: list[Match]) -> bool:
    """English verbs of helping, allowing and promising that involve no other actor state no
    PLOVER event: "helped election officers retrace voters", "the rules allow polling",
    "pledged cleaner hospitals" (a campaign promise is no intention to cooperate with anyone).
    """
    if m.entry.kind != "v":
        return False
    word = view.words[m.start]
    plover = m.entry.plover
    if plover == "CONSULT" and word in ("meet", "met", "meets") and _met_idiom(view, m):
        return True  # "met a cool reception", "met his golden rule"
    if plover == "CONSULT" and word.startswith("discuss") and view.words[m.end : m.end + 1] and (
        view.words[m.end] in ("who", "what", "whether", "how", "why", "when", "where", "details")
    ):
        return True  # "we cannot discuss who was responsible": talk about a topic, with no one
    if plover == "AGREE" and word.startswith("agree") and _agree_opinion(view, m):
        return True  # "I absolutely agree with Frederick Forsyth", "I agree, the government ..."
    if plover == "AID" and word.startswith(("help", "protect", "assist")):
        return not (roles.agent or roles.target or roles.participant)
    if plover == "CONCEDE" and word.startswith(("allow", "permit", "let")):
        return not (roles.agent or roles.target)
    if plover == "AGREE" and word.startswith(("pledg", "promis", "vow", "offer", "propos")):
        # what is promised may itself be an event: "pledged to cooperate", "offered aid"
        to = view.words[m.end : m.end + 1] == ["to"]
        follows = any(
            m.end <= x.start <= m.end + 3 and (x.entry.kind == "n" or (to and x.entry.kind == "v"))
            for x in matches
        )
        return not (roles.target or roles.participant or follows)
    return False


def _warning_threat(view: SentenceView, m: Match) -> bool:
    """Is an English "warn" a threat (PLOVER THREATEN) rather than a statement?

    "warned that there could be walkouts unless ..." threatens; "warned the costs could outweigh
    the benefits", "has warned that ... complacency" state an opinion (no event).  What the warned
    may *face* threatens only when it is a penalty ("could face fines", "would face legal action"),
    not a state of affairs ("companies could face a short supply of programming talent").
    """
    w = view.words
    end = next((j for j in range(m.end, len(w)) if w[j] in cues.EN_STRONG_PUNCT), len(w))
    if not _EN_THREAT_WORDS.isdisjoint(w[m.end : end]):
        return True
    return any(
        w[j] in _FACE and not _EN_PENALTIES.isdisjoint(w[j + 1 : min(end, j + 5)]) for j in range(m.end, end)
    )


_FACE = frozenset("face faces faced facing".split())


def _dismissed_actor(view: SentenceView, m: Match) -> bool:
    """ "dismissed X as Y" with X an actor, not a claim: derision (ACCUSE), not a refusal."""
    w = view.words
    if not w[m.start].startswith("dismiss") or m.entry.kind != "v":
        return False
    stop = next((j for j in range(m.end, min(len(w), m.end + 8)) if w[j] == "as"), None)
    if stop is None:
        return False
    between = w[m.end : stop]
    if not cues.EN_CLAIM_NOUNS.isdisjoint(between) or any(x in cues.EN_STRONG_PUNCT or x == "," for x in between):
        return False
    named = any(m.end <= c.start and c.end <= stop and c.label in ("PER", "ORG") for c in view.chunks)
    return named or not ACTORS.isdisjoint(between)


#: who clashes in the street or in arms ("police clashed with protesters", "clashes erupted")
_EN_FIGHTERS = frozenset(
    "police policemen riot security forces troops army soldiers militia protesters protestors demonstrators "
    "crowd crowds youths mob stone stones stone-throwing tear gas erupted fighting fought ceasefire cease-fire "
    "truce war armed faction factions "
    "border villagers residents supporters fans".split()
)


def _verbal_clash(view: SentenceView, m: Match) -> bool:
    """ "Labour and the Tories have clashed over tax and spending plans", "the UK's top judge has
    clashed with ministers": with no word of arms, harm, a crowd or the police in the sentence, a
    clash is one of words (CAMEO 111), not a fight ("about 200 interior ministry forces clashed
    with rebels", "police clashed with protesters")."""
    w = view.words
    if not w[m.start].startswith("clash") or m.entry.kind != "v":
        return False  # (the noun "clashes" is mostly fighting: "the clashes , shattering a ceasefire")
    return _EN_HARM.isdisjoint(w) and _EN_FIGHTERS.isdisjoint(w) and _EN_CROWD.isdisjoint(w)


#: armed attackers: "insurgents attacked Hamid Karzai", "came under fire from insurgents" is no criticism
_EN_ARMED = frozenset(
    "gunmen gunman militants militant insurgents insurgent rebels rebel fighters militia militias militiamen "
    "guerrillas guerrilla snipers sniper taliban troops soldiers tanks artillery bombers bomber".split()
)
_EN_HARM = EN_VIOLENCE | _EN_ARMED | frozenset(
    "injured injuries hurt gun guns knife shot shoot fired weapon weapons hospital beaten punched "
    "kicked egg eggs slurry thrown threw attacker attackers assailant mob strikes air "
    "convoy motorcade ambush ambushed gunfire rocket rockets mortar mortars grenade grenades "
    "bottle bottles dog dogs stick sticks axe machete machetes bat bats stone stones bruises bitten mauled".split()
)


def _armed_fire(view: SentenceView, m: Match) -> bool:
    """ "came under fire from insurgents": shots from armed men, not criticism (PLOVER ASSAULT)."""
    w = view.words
    if "fire" not in w[m.start : m.end]:
        return False
    frm = next((j for j in range(m.end, min(len(w), m.end + 3)) if w[j] == "from"), None)
    return frm is not None and not _EN_ARMED.isdisjoint(w[frm + 1 : frm + 5])


def _attack_on_a_person_in_words(view: SentenceView, m: Match, roles: Roles) -> bool:
    """ "Labour posters attacking Mr Howard", "Blair attacked Howard": with a person as the target
    and no word of harm in the sentence, an English "attack" is criticism (CAMEO 111)."""
    w = view.words
    ctx = w[m.context_at] if m.context_at is not None else ""
    if not (w[m.start].startswith("attack") or w[m.start : m.start + 2] == ["hit", "back"] or ctx.startswith("attack")):
        return False
    if not roles.target or not all(k.startswith("person/") for k in roles.target):
        return False
    return _EN_HARM.isdisjoint(view.words)

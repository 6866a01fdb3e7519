"""English trigger words with a second, ordinary sense that states no event.

Found by reading the events of 400 BBC articles (ninth session):

* *pleaded guilty* is a defendant's plea, not a request (*pleaded with fans* is one).
* *abused* said of tolerance, power or a position hurts no one.
* *told* is an order only with its infinitive (*told the firm to pay*); *told the BBC it was
  unfair*, *told Mr Brown of his intention* and *was told he would be released* report speech.

Tenth session: an event noun capitalised inside a name (*the Palestine Liberation Organization*)
names no act; *released* said of an album, software or figures frees no one; *recognised* is
recognition only of a state, a government, independence or a right (*a recognised figure* is known).

Eleventh session: the business, technology and show-business senses (*shares shot up*, *make free
calls*, *the album is released*) are :mod:`kg.events.market_en`'s; a release now needs someone set
free in sight, not only no product.
"""

from __future__ import annotations

from kg.events import cues, market_en
from kg.events.lexicon import Match
from kg.events.sentence import SentenceView

_PLEA = frozenset(["guilty", "not", "innocent", "no"])

#: words before "allowing" that make it the act of someone named ("criticised Britain for allowing")
_ALLOWING_ACTS = frozenset("by for of from in on without after before not is are was were be been being".split())

#: words that end the object of "told" before any infinitive: what follows is reported speech
_SPEECH = frozenset(
    "that of about what how why when where whether if it's was is were are had has have would will "
    "could should can , . ; : \" ' “ ” ‘ ’ -".split()
)


#: what can be "abused" without anyone being hurt
_ABSTRACT = frozenset(
    "tolerance power powers position trust system privilege privileges generosity goodwill process rules "
    "hospitality office authority rights freedom freedoms loophole loopholes law laws asylum benefits "
    "alcohol drink drugs drug substances steroids".split()
)


def _in_a_name(view: SentenceView, m: Match) -> bool:
    """Is an English trigger a word of a name or a title (*the Palestine Liberation Organization*,
    *the Campaign for Nuclear Disarmament*, *Arrested Development star Jason Bateman*)?

    Inside the sentence: capitalised, inside an entity mention or next to another capitalised
    word (a noun; a verb only next to a capitalised word, since a verb has no other reason to be
    capitalised there).  At the sentence's start (or a quotation's): followed by a capitalised word
    that opens no entity mention, so that *Police arrested ...* or *Attacked by Tories, ...* stay.
    """
    text = view.tokens[m.start].text
    if not text[:1].isupper() or text.isupper():
        return False
    words = view.words
    opening = m.start == 0 or words[m.start - 1] in _OPENERS
    if not opening:
        if m.entry.kind == "n" and any(c.start <= m.start < c.end for c in view.chunks):
            return True
        near = [view.tokens[j].text for j in (m.start - 1, m.end) if 0 < j < len(view.tokens)]
        return any(t[:1].isupper() for t in near)
    k = m.start + 1  # the word after the trigger's first: "Looking into P2P's future" stays
    if k >= len(view.tokens):
        return False
    nxt = view.tokens[k].text
    return (
        nxt[:1].isupper()
        and not nxt.isupper()
        and not any(c.start <= k < c.end for c in view.chunks)
        and words[k] not in _NOT_NAME_WORDS
    )


#: tokens after which a capital opens a sentence
_OPENERS = frozenset(['"', "“", "‘", "'", ":", "(", "-", "--"])
#: capitalised words that are no part of a title after a capitalised trigger
_NOT_NAME_WORDS = frozenset("i".split())


def no_event(view: SentenceView, m: Match, products: bool = False) -> bool:
    """Does English trigger ``m`` stand in its ordinary, non-event sense here?

    ``products``: the document is about products or shows (:func:`kg.events.market_en.products_document`).
    """
    w = view.words
    if _in_a_name(view, m):
        return True  # "the Palestine Liberation Organization": a name
    if market_en.no_event(view, m, products):
        return True  # "shares shot up", "make free calls", "the album is released" (kg.events.market_en)
    word = w[m.start]
    nxt = w[m.end] if m.end < len(w) else ""
    if m.entry.plover == "REQUEST" and word.startswith("plead"):
        return nxt in _PLEA  # "pleaded guilty to fraud", "pleads not guilty"
    if m.entry.plover == "REQUEST" and word in ("tell", "tells", "told", "telling"):
        # an order needs "to" + verb after a short object: "told it to pay", "told him to go"
        for j in range(m.end, min(m.end + 6, len(w))):
            if w[j] == "to":
                return j + 1 >= len(w) or w[j + 1] in ("the", "a", "an", "his", "her", "their", "its")
            if w[j] in _SPEECH:
                return True
        return True
    if m.entry.plover == "ASSAULT" and word.startswith("abus"):
        near = set(w[max(0, m.start - 9) : m.start]) | set(w[m.end : m.end + 3])
        return not near.isdisjoint(_ABSTRACT)  # "tolerance is being abused", "abused his position"
    if m.entry.plover == "REQUEST" and word == "order" and m.start and w[m.start - 1] == "in":
        return True  # "in order to": a purpose
    if m.entry.plover == "REJECT" and word.startswith("rul") and "out" in w[m.start + 1 : m.end + 1]:
        # "Henry is ruled out with an Achilles injury", "ruled out of the match": a player is missing
        after = m.end + 1 if nxt == "out" else m.end
        if not set(w[after : after + 6]).isdisjoint(_INJURY):
            return True
        if m.start and w[m.start - 1] in _BE and w[after : after + 1] in (["of"], ["for"]):
            return True  # "D'Arcy has been ruled out of the Ireland team": a player or candidate is missing
        # "did not rule out an earlier date", "has not ruled out a return to the track": an estimate
        return not _ESTIMATES.isdisjoint(w[after : after + 4])
    if m.context_at is not None and w[m.context_at] == "march" and _month(w, m.context_at):
        return True  # "the ceremony, to be held at the cinema on 20 March": a date, no protest march
    if m.entry.plover in ("COERCE", "THREATEN") and word.startswith("prevent") and m.entry.kind == "v":
        return not _kept_from_acting(view, m)  # "encrypted to prevent piracy", "to prevent the forced sale"
    if m.entry.plover == "SUPPORT" and word == "back" and (
        w[m.end : m.end + 2] == ["to", "back"] or w[max(0, m.start - 2) : m.start] == ["back", "to"]
    ):
        return True  # "back to back victories": one after another
    if m.entry.plover == "SUPPORT" and word.startswith("thank") and _courtesy(view, m):
        return True  # "I'd like to thank my family", "Thank you all": courtesy, no endorsement
    if m.entry.plover == "AID" and word.startswith("help") and nxt.rstrip("s") in _CHANGE:
        # "the Olympics helped boost WPP's profits": a cause of a change, no aid given
        return True
    if m.entry.plover == "AID" and word.startswith("help") and m.entry.kind == "v":
        # PLOVER AID is material help (money, troops, relief, experts): "small ads helped Google reach
        # revenues", "online training helped people rewrite CVs", "to help people find what they
        # want" only make something easier; "troops ... to help evacuate UK citizens", "funding to
        # help the panel", "help the victims of the tsunami" give aid
        near = w[max(0, m.start - 10) : m.end + 10]
        if not _MATERIAL.isdisjoint(near):
            return False
        # "France helped Syria.", "helped Iraq with ...": a state helped, no other act named
        return not any(
            c.start == m.end and c.kind == "Country" and (c.end >= len(w) or w[c.end] in _AFTER_HELPED)
            for c in view.chunks
        )
    if m.entry.plover == "CONSULT" and word in ("make", "makes", "made", "making") and m.context_at is not None:
        # "made a secret trip to Syria", "made frequent visits": the visit itself; not "made a point of
        # visiting", "make people visit fake websites"
        between = w[m.end : m.context_at]
        return (
            w[m.context_at] not in _TRIPS
            or w[m.context_at - 1] in _NOT_A_TRIP
            or any(x in cues.EN_PREPOSITIONS or x == "," for x in between)  # "made the remarks during a visit"
        )
    if m.entry.plover in ("COERCE", "THREATEN") and word.startswith("seiz") and nxt in ("on", "upon"):
        return True  # "Republicans hope to seize on the character issue", "farmers seized on research": made use of
    if m.entry.plover == "COERCE" and word.startswith(("hold", "held")) and (
        not _HELD_EVENTS.isdisjoint(w[m.end : m.end + 4]) or not _HELD_EVENTS.isdisjoint(w[max(0, m.start - 4) : m.start])
    ):
        return True  # "hold free elections", "the conference being held in San Francisco": no one detained
    if m.entry.plover == "RETREAT" and word in ("truce", "truces", "ceasefire", "cease-fire") and (
        not _ENDED.isdisjoint(w[max(0, m.start - 7) : m.start])
    ):
        return True  # "guerrillas ended a shaky seven-month truce", "announces end of truce": the truce is over
    if m.entry.plover == "ASSAULT" and _accident(w, m):
        return True  # "killed when a bus fell into a ravine", "injured after a helicopter crashed": no attacker
    if m.entry.plover in ("ASSAULT", "THREATEN") and word in ("fight", "fights", "fighting", "fought") and _fight_without_arms(w, m):
        return True  # "a group fighting to prevent Wal-Mart opening a store", "fighting two lawsuits"
    if m.entry.plover == "AGREE" and word in ("agree", "agreed", "agrees") and _of_one_mind(w, m):
        return True  # "all the parties appear to agree the time has come", "No one agrees with this"
    if m.entry.plover == "PROTEST" and word.startswith("demonstrat") and m.entry.kind == "v" and _shows(w, m):
        return True  # "to demonstrate the central role Mr Brown will play", "demonstrated a wireless cap"
    if m.entry.plover == "REQUEST" and word.startswith("appeal") and _appeals_to_voters(view, m):
        return True  # "designed to appeal to women voters", "will appeal right across the political spectrum"
    if m.entry.plover in ("ASSAULT", "THREATEN") and word.startswith("destr") and _destroyed_without_attack(w, m):
        return True  # "destroyed nearly 37,000 files", "lives destroyed by taunting", "destroyed by fire"
    if m.entry.plover == "REJECT" and w[m.end - 1 : m.end] == ["no"] and m.end - m.start == 2:
        # "He said no date had been fixed", "said no one had exerted pressure": a report that there is
        # none; a refusal is "said no", "said no to the plan"
        return nxt not in _NO_REFUSAL and nxt not in _NO_NEED  # "say no reason to reopen the enquiry": a refusal
    if m.entry.plover == "MOBILIZE" and word in ("call", "calls", "called", "calling") and (
        not _SQUAD.isdisjoint(w)
    ):
        return True  # "Vogts has called up a virtually identical squad": a team picked, no forces
    if m.entry.plover in ("AID", "MOBILIZE") and word in _FLEW and nxt in _JOURNEY:
        # "Lebed, who flew into Chechnya", "has repeatedly flown to Washington for treatment": a
        # journey; what is flown in comes before the preposition ("flew troops into", "flew aid to")
        return True
    if m.entry.plover == "ACCUSE" and word.startswith("complain") and not _AILMENT.isdisjoint(w[m.end : m.end + 6]):
        return True  # "has complained of lower back pain": a symptom, no one accused
    if m.entry.plover == "AGREE" and word == "promising" and m.start and w[m.start - 1] in _DEGREE_ADJ:
        return True  # "one of the most promising strikers": an adjective, no promise
    if m.entry.plover == "REJECT" and word.startswith("decid") and m.context_at is not None and m.context_at > m.end:
        # PETRARCH2's "decide against": "decided to protect Iraqi Kurds against Baghdad", "decided to
        # bat against Zimbabwe" decide for something; only "decided against" refuses
        return True
    if m.entry.plover == "CONSULT" and word in ("meet", "meets", "met", "meeting") and _need_met(w, m):
        return True  # "to meet economic growth", "targets can be met", "to make ends meet": a need satisfied
    if m.entry.plover == "ACCUSE" and word == "accused" and m.start and w[m.start - 1] in _DEFENDANT and nxt not in ("of", "by"):
        return True  # "the chief accused had bribed officials", "the accused men": a defendant, no accusation
    if m.entry.plover == "ASSAULT" and products and _gaming(view) and _HARM.isdisjoint(w[: m.start] + w[m.end :]):
        return True  # "scenarios that involves killing aliens invading Earth" in a game: play, no attack
    if m.entry.plover == "ASSAULT" and word.startswith(("shoot", "shot")) and _filmed(w, m):
        return True  # "shooting of The Libertine was moved to the Isle of Man": a film made, no gunfire
    if m.entry.plover == "SUPPORT" and word.startswith("back") and _backing_music_or_data(w, m, nxt):
        return True  # "backing singers Pepsi and Shirlie", "can be backed up on memory cards", "back up its claims"
    if word == "called" and m.start and w[m.start - 1] in _NAMED_KINDS and view.tokens[m.end : m.end + 1] and (
        view.tokens[m.end].text[:1].isupper() or nxt in ('"', "“", "'")
    ):
        return True  # "a firm called Swarm Systems", "a show called 'Exposure'": a name given
    if m.entry.plover == "ACCUSE" and word.startswith("slam") and not _THROWN.isdisjoint(w[m.end : m.end + 4]):
        return True  # "the train slammed into a truck", "slammed his racket onto the ground": a blow, no words
    if m.entry.plover == "ACCUSE" and word.startswith("charg") and (
        nxt in _RUSHED or (m.start and w[m.start - 1] in _DEGREE)
    ):
        return True  # "Muster charged into the second round", "very charged politically": no charge laid
    if m.entry.plover == "RETREAT" and word.startswith("return") and m.context_at is not None and nxt in _GONE_BACK:
        # "failing to return home from a shopping trip to the eastern town of Liege": someone went
        # back; what is handed back follows the verb ("returned the town to")
        return True
    if m.entry.plover == "CONCEDE" and word in ("allowing", "permitting") and m.start and (
        w[m.start - 1] not in _ALLOWING_ACTS and not any(c.end == m.start for c in view.chunks)
    ):
        # "issued rules allowing foreign investment", "Iraq's oil sales pact with U.N., allowing crude
        # exports", "expand overseas, allowing it to become a darling": what a law, a pact or an
        # outcome lets happen; the concession was the act that made it ("for allowing", "by allowing")
        return True
    if m.entry.plover == "SUPPORT" and word.startswith("recogni"):
        # "recognised figures", "he would be recognised everywhere": known or identified; a state,
        # a government, independence or a right is what recognition grants
        after = w[m.end : m.end + 5]
        return not any(x in _RECOGNISED or x.rstrip("s") in _RECOGNISED for x in after) and not any(
            c.start >= m.end and c.start - m.end <= 3 and c.is_place and c.kind == "Country" for c in view.chunks
        )
    return False


def _accident(w: list[str], m: Match) -> bool:
    """Is a killing or an injury an accident's or a disaster's (*sixteen people were killed when a bus
    fell from a mountain road into a ravine*, *two people were killed after a helicopter crashed in
    bad weather*, *Car kills two trying to avoid Texas drag race*, *Eight killed in Moscow casino
    blaze*)?  PLOVER ASSAULT needs an attacker: an accident or a disaster named in the sentence, or a
    vehicle as the killer, and no word of an attack (*a bomb exploded*, *gunmen*, *shot down*)."""
    if w[m.start].rstrip("s").rstrip("ed").rstrip("ing") not in _HARMED and w[m.start] not in _HARMED:
        return False
    if not _ATTACK.isdisjoint(w) or "opened fire" in " ".join(w):
        return False
    if not _ACCIDENT.isdisjoint(w):
        return True
    if any(w[i] in ("fire", "fires") and w[i - 1] in ("a", "the", "in") for i in range(1, len(w))):
        return True  # "killed in a fire", not "opened fire"
    if not _VEHICLES.isdisjoint(w) and not _MISHAP.isdisjoint(w):
        return True  # "a bus fell from a mountain road", "another vehicle veered into the crowd"
    before = w[max(0, m.start - 3) : m.start]
    return not _ROAD_VEHICLES.isdisjoint(before)  # "Car kills two", "a lorry hit the queue"


#: what may follow a refusing "said no" ("said no to the plan", "said no .")
_NO_REFUSAL = frozenset(["", "to", ",", ".", ";", ":", "and", "but", "again", "outright", '"', "'", "”", "’", "--", "-"])
#: "said no" + these refuses: "say no reason to reopen", "said no need to", "said no question of"
_NO_NEED = frozenset("reason need question plans plan intention".split())
#: degrees before an adjective "promising" ("the most promising strikers")
_DEGREE_ADJ = frozenset("most more very highly less a an the".split())
#: what a sports side is called up to: with one of them in the sentence no forces are mobilised
_SQUAD = frozenset(
    "squad squads player players uncapped striker strikers midfielder midfielders defender defenders "
    "goalkeeper winger coach manager friendly qualifier qualifiers match matches fixture tournament team "
    "teams league minors minor-league phenom outfielder pitcher baseman".split()
)
#: forms of "fly" and the prepositions of a journey right after them
_FLEW = frozenset("fly flies flew flown flying".split())
_JOURNEY = frozenset("to into in out back home from for off".split())
#: what a person complains of without accusing anyone
_AILMENT = frozenset(
    "pain pains ache aches headache headaches chest stomach back illness sickness fatigue tiredness "
    "dizziness breathing breath symptoms fever cough nausea".split()
)
def _need_met(w: list[str], m: Match) -> bool:
    """Is what is "met" a need, a demand or a target, not a person (*to meet economic growth in its
    supply area*, *to meet the disclosure requirements*, *targets can be met*, *Labour has met all of
    its promises*, *to make ends meet*)?  A word of need among the five words after the verb (before
    any punctuation), or the passive's subject among the seven words before it."""
    if m.start and w[m.start - 1] == "ends":
        return True
    for x in w[m.end : m.end + 5]:
        if x in _NEEDS:
            return True
        if (not x.isalnum() and x not in ("'s", "-")) or x in _OBJECT_ENDS:
            break  # "met Putin to discuss the challenge of climate change": a meeting
    before = w[max(0, m.start - 7) : m.start]
    return w[m.start] == "met" and bool(before) and before[-1] in cues.EN_BE and not _NEEDS.isdisjoint(before)


#: words that end the object of "met" before a need could name it
_OBJECT_ENDS = frozenset("to in on at for with by from and but or after before during when while as".split())
#: what is met when a need is satisfied
_NEEDS = frozenset(
    "demand demands growth need needs requirement requirements target targets cost costs deadline deadlines "
    "criteria criterion standard standards expectation expectations obligation obligations condition "
    "conditions disclosure payment payments challenge challenges promise promises pledge pledges "
    "commitment commitments goal goals legislation rules concerns shortfall bills debts quota quotas "
    "objectives objective everything".split()
)
#: words before "accused" that make it a defendant ("the chief accused", "his fellow accused")
_DEFENDANT = frozenset("the chief main principal fellow co- two three four five other his her their".split())
#: where what is slammed goes: a collision or a thrown object, not criticism
#: words of film-making: a shooting among them, with no word of harm, makes a film
_FILMING = frozenset(
    "film films filming movie movies drama dramas series episode episodes documentary footage scenes scene "
    "starring director directors studio studios cast sequel pilot location locations producers".split()
)
#: words of video games: violence among them, in a document about products, is play
_GAMING = frozenset(
    "game games gamer gamers gameplay shooter shooters deathmatch console consoles playstation xbox nintendo "
    "multiplayer levels joystick".split()
)


def _gaming(view: SentenceView) -> bool:
    """A word of video games written in lower case (not the rapper "The Game")."""
    return not _GAMING.isdisjoint(view.words) and any(t.text in _GAMING for t in view.tokens)


_HARM = frozenset(
    "killed dead death died wounded injured injuring gun guns gunman gunmen fired police bullet bullets "
    "hospital murder murdered victim victims".split()
)


def _filmed(w: list[str], m: Match) -> bool:
    """Is a shooting the making of a film (a word of film-making within eight words, no word of harm
    in the sentence)?"""
    near = w[max(0, m.start - 8) : m.end + 8]
    return _HARM.isdisjoint(w) and not _FILMING.isdisjoint(near)


#: "backing singers", "backing vocals": music, no support
_BACKING = frozenset("singer singers vocal vocals vocalist vocalists band bands dancers dancer track tracks group".split())
#: what is backed up without anyone supported: data, or claims given evidence
_BACKED_UP = frozenset(
    "data files file information memory card cards disk disks drive drives computer computers pc pcs photos "
    "contacts music claims claim allegations assertion assertions argument arguments figures theory".split()
)


def _backing_music_or_data(w: list[str], m: Match, nxt: str) -> bool:
    if w[m.start] == "backing" and nxt in _BACKING:
        return True
    if "up" not in w[m.start : m.end + 1]:
        return False
    k = m.end + (nxt == "up")
    return not _BACKED_UP.isdisjoint(w[k : k + 5]) or not _BACKED_UP.isdisjoint(w[max(0, m.start - 6) : m.start])


#: nouns a name is given to with "called": "a firm called Swarm Systems"
_NAMED_KINDS = frozenset(
    "firm firms company companies group band film movie programme program show series game site website "
    "service product software system device album song book project scheme campaign technology character "
    "man woman boy girl village town place organisation organization charity club drama tool virus worm "
    "network application feature play musical novel magazine newspaper channel station label".split()
)
_THROWN = frozenset("into onto against shut door doors brakes".split())
#: how a player or a crowd "charges": forward, not with a crime
_RUSHED = frozenset("into through past ahead forward towards toward down up".split())
#: degrees before an adjective "charged" ("a highly charged atmosphere")
_DEGREE = frozenset("very highly emotionally politically so too more most increasingly".split())
#: where someone goes back to: a return with one of these after it hands nothing back
_GONE_BACK = frozenset("home to from after safely".split())
#: what is held without anyone detained: a vote, a meeting, a show
_HELD_EVENTS = frozenset(
    "election elections referendum vote poll polls conference conferences meeting meetings talks summit "
    "ceremony festival congress convention rally rallies hearing hearings session sessions".split()
)
#: what ends a truce
_ENDED = frozenset(
    "end ended ending ends break broke broken breaking breach breached violate violated violating collapse "
    "collapsed shattering shattered abandon abandoned".split()
)
_TRIPS = frozenset("trip trips visit visits".split())
_NOT_A_TRIP = frozenset("of to people them him her us you me users".split())
#: the words of a killing or an injury (stems as :func:`_accident` strips them)
_HARMED = frozenset("kill killed kills killing injur injure injured injures injuring hit hits hurt wound wounded".split())
#: accidents and disasters: with one in the sentence, a death or an injury had no attacker
_ACCIDENT = frozenset(
    "accident accidents accidental accidentally crash crashed crashes crashing collided collide collision "
    "collisions derailed derailment capsized capsize overturned plunged blaze blazes landslide landslides "
    "mudslide avalanche earthquake quake floods flooding tornado cyclone typhoon hurricane lightning "
    "stampede epidemic epidemics meningitis cholera malaria disease diseases outbreak virus flu "
    "influenza tsunami tsunamis waves drought famine storm storms heatwave".split()
)
#: what kills in a road, rail or air accident when it is the subject
_VEHICLES = frozenset(
    "car cars bus buses lorry truck train trains locomotive vehicle vehicles tram plane aircraft helicopter "
    "ferry boat".split()
)
#: what kills on a road or a railway as the subject ("Russian aircraft killed 46 civilians" is an attack)
_ROAD_VEHICLES = frozenset("car cars bus buses lorry lorries truck trucks train trains locomotive tram".split())
#: what a vehicle does in an accident
_MISHAP = frozenset("fell plunged skidded veered swerved toppled sank derailed overturned".split())
#: words of an attack: a sentence with one of them keeps its killing (*a car bomb killed*)
_ATTACK = frozenset(
    "bomb bombs bombing bombed bomber bombers car-bomb attack attacks attacked attacker attackers gunmen "
    "gunman gunfire shot shooting shootings shelling shelled rebels rebel guerrillas guerrilla militants "
    "militant troops soldiers grenade grenades rocket rockets missile missiles mortar raid raids ambush "
    "ambushed hijacked hijackers explosives arson sabotage suicide murder murdered deliberately rammed".split()
)


#: words of war: a sentence with one keeps its fighting ("troops to fight Hitler", "fighting against the US in the war on terror")
_WAR = _ATTACK | frozenset(
    "war wars battlefield battlefields battlefront battlefronts army armies armed forces military killed dead "
    "wounded shot allies allied guns weapons".split()
)
#: what one fights without arms: a cause, a case in court, a rival's bid, an ill
_FOUGHT_WITHOUT_ARMS = frozenset(
    "for to against each between lawsuit lawsuits legal battle battles case cases charges charge crime poverty "
    "corruption cancer disease extradition bid bids takeover election elections seat seats campaign claims "
    "ban bans cuts closure".split()
)


def _fight_without_arms(w: list[str], m: Match) -> bool:
    """Is a fight one of causes, courts or rivals (*a group fighting to prevent Wal-Mart opening a
    store*, *fighting two lawsuits*, *fighting against defence cuts*, *Fighting between Mr Camus and
    Mr Forgeard*), with no word of war in the sentence (*joined British troops to fight Hitler*)?"""
    if not _WAR.isdisjoint(w):
        return False
    if w[m.end : m.end + 1] == ["to"] and w[m.end + 1 : m.end + 2] and w[m.end + 1] in _SEIZE:
        return False  # "which Taleban is fighting to overthrow": an armed struggle
    return not _FOUGHT_WITHOUT_ARMS.isdisjoint(w[m.end : m.end + 3])


#: what is fought for by arms: "fighting to overthrow", "fought to retake the town"
_SEIZE = frozenset(
    "overthrow topple oust capture seize retake regain recapture defend liberate free hold control expel".split()
)
_SEEMING = frozenset("seem seems seemed appear appears appeared generally broadly largely".split())
_AGREED_WITH_VIEW = frozenset("this that me him her them us you".split())


def _of_one_mind(w: list[str], m: Match) -> bool:
    """Is "agree" sharing a view, not an agreement to act: *the parties appear to agree the time has
    come*, *Muslims generally agree on them*, *what all seem agreed on*, *all the unions are agreed
    on*, *No one agrees with this*, *would agree with me*?  (*agreed with Ms Hutt that she would not
    be health minister* and *agreed on the pre-payment* stay agreements.)"""
    before = w[max(0, m.start - 2) : m.start]
    if before and (before[-1] in _SEEMING or before == [before[0], "to"] and before[0] in _SEEMING):
        return True
    nxt = w[m.end : m.end + 2]
    if (
        w[m.start] == "agreed" and m.start and w[m.start - 1] in ("are", "is", "were", "was") and nxt[:1] == ["on"]
        and (len(nxt) < 2 or nxt[1] in cues.EN_STRONG_PUNCT or nxt[1] in (",", '"', "'", "”", "’"))
    ):
        return True  # "one thing all the unions are agreed on": of one mind (not "was agreed on Friday")
    return nxt[:1] == ["with"] and nxt[1:2] != [] and nxt[1] in _AGREED_WITH_VIEW


#: what may follow a street demonstration: where, against or for what, when
_DEMONSTRATED_AT = frozenset(
    "against outside in at near for during across through throughout around along before after over since "
    "peacefully again yesterday today tomorrow on and or but".split()
) | cues.EN_STRONG_PUNCT | frozenset([",", '"', "'", "”", "’", ")"])


def _shows(w: list[str], m: Match) -> bool:
    """Is the verb "demonstrate" showing something (*to demonstrate the "central role" Mr Brown will
    play*, *demonstrated how they could react*, *can be demonstrated to be*, *demonstrate to people
    that*), not a street protest (*supporters to demonstrate against the hunting ban*, *protesters
    demonstrated outside BBC buildings*, *people who demonstrated.*)?  A protest is intransitive: a
    place, a cause or the clause's end follows it."""
    if m.start and w[m.start - 1] in ("be", "been", "being", "is", "are", "was", "were"):
        return True  # "unless it can be demonstrated to be in the animal's best interest"
    return m.end < len(w) and w[m.end] not in _DEMONSTRATED_AT


#: bodies one appeals to with a plea or against a ruling
_APPEAL_BODIES = frozenset(
    "tribunal tribunals court courts judge judges commission commissioner ombudsman panel authorities "
    "council government ministers minister regulator regulators lords parliament".split()
)


def _appeals_to_voters(view: SentenceView, m: Match) -> bool:
    """Is "appeal" attraction, not a plea: *designed to appeal to women voters*, *its appeal to core
    Labour values*, *will appeal right across the political spectrum*?  A plea names whom it asks
    (*We appeal to Powys Local Health Board to allow ...*) or what for (*appealed for calm*, *to
    appeal to the UN to intervene*); an appeal against a ruling is a court's business."""
    w = view.words
    nxt = w[m.end : m.end + 2]
    if nxt[:1] in (["across"], ["right"]):
        return True
    if nxt[:1] != ["to"]:
        return False
    if not _APPEAL_BODIES.isdisjoint(w[m.end + 1 : m.end + 5]):
        return False  # "which he has been able to appeal to security and intelligence tribunals"
    rest = w[m.end + 1 : m.end + 12]
    for k, x in enumerate(rest):
        if x in cues.EN_STRONG_PUNCT or x == ",":
            break
        if x in ("for", "against") or (x == "to" and k + 1 < len(rest) and rest[k + 1] not in ("the", "a", "an")):
            return False  # "appealed to the UN to intervene", "appeal to the court against"
    return not any(c.start == m.end + 1 + (w[m.end + 1] == "the") and c.label in ("PER", "ORG") for c in view.chunks)


#: what is destroyed without an attack: records, a life's course, institutions by decision
_UNARMED_LOSS = frozenset(
    "file files record records document documents paper papers e-mail e-mails email emails evidence data "
    "tape tapes disk disks life lives livelihood livelihoods career careers reputation reputations chance "
    "chances hope hopes confidence credibility future quango quangos industry industries "
    "economy jobs business businesses market markets".split()
)
#: what destroys without an attacker (after "by")
_BLIND_FORCES = _ACCIDENT | frozenset("fire fires flood waves wave tsunami storm storms rain erosion taunting".split())


def _destroyed_without_attack(w: list[str], m: Match) -> bool:
    """Is a destruction no attack: records, lives or institutions destroyed (*the department destroyed
    nearly 37,000 files*, *their whole future destroyed in a few seconds*, *destroying unwanted
    quangos*), or a blind force the destroyer (*destroyed by fire in 1996*, *by the waves*)?  PLOVER
    ASSAULT is a use of force against someone: *destroy the African nation 's small air force* stays."""
    after = w[m.end : m.end + 7]
    if after[:1] == ["by"]:
        return not _BLIND_FORCES.isdisjoint(after[1:4])
    obj = []
    for x in after:  # (not at a comma: "37 , 000 files")
        if x in cues.EN_STRONG_PUNCT or x in ("by", "in", "on", "at", "because", "when", "with"):
            break
        obj.append(x)
    before = w[max(0, m.start - 4) : m.start]  # a passive or participle's noun: "lives destroyed", "files were destroyed"
    return not _UNARMED_LOSS.isdisjoint(obj) or (not obj or obj[0] in ("by",)) and not _UNARMED_LOSS.isdisjoint(before)


def _kept_from_acting(view: SentenceView, m: Match) -> bool:
    """Is someone kept from doing something ("were prevented from travelling to the UK", "trying to
    prevent rapper Nelly performing", "a ban preventing the painting from leaving the UK"), not a
    harm or a practice averted ("to prevent piracy", "prevent the break-up of the group",
    "preventing illnesses"): PLOVER COERCE blocks an actor."""
    w = view.words
    after = w[m.end : m.end + 12]
    for k, x in enumerate(after):
        if x == "from" and after[k + 1 : k + 2] and (after[k + 1].endswith("ing") or after[k + 1] in ("the", "a")):
            return True  # "prevented from travelling", "prevent the two-time silver medallist from challenging"
        if x in (".", ";", "and", "but", "by", "in", "to"):
            break
    if not _GATHERINGS.isdisjoint(after[:4]):
        return True  # "Turkish police prevented the demonstration staged by students": people stopped
    named = [c for c in view.chunks if m.end <= c.start <= m.end + 2 and c.label in ("PER", "ORG")]
    return any(c.end < len(w) and w[c.end].endswith("ing") for c in named)  # "prevent Nelly performing"


#: what people do together that can be stopped: preventing it blocks them
_GATHERINGS = frozenset(
    "demonstration demonstrations protest protests rally rallies march marches strike strikes meeting meetings "
    "gathering gatherings vote voting election elections referendum visit visits conference congress "
    "sit-in vigil parade procession landing".split()
)


def _month(w: list[str], i: int) -> bool:
    """Is *march* at ``i`` the month: after a day number or *in / on / since / until / early / late /
    last / next / this / of*, or before a year or a day number?"""
    before = w[i - 1] if i else ""
    after = w[i + 1] if i + 1 < len(w) else ""
    return before.isdigit() or before in _MONTH_BEFORE or after.isdigit()


_MONTH_BEFORE = frozenset("in on since until till by early mid late last next this of from".split())
_BE = cues.EN_BE
#: what is ruled out when it is no one's proposal: an estimate of what may happen
_ESTIMATES = frozenset(
    "possibility possibilities prospect prospects chance chances likelihood return comeback date dates "
    "earlier later retirement".split()
)
#: whom people thank for their own sake: family, fans, everyone
_THANKED = frozenset(
    "you all everyone everybody every fans family my our supporters people god them those the".split()
)
_FIRST_PERSON = frozenset("i we i'd we'd i'll we'll i'm i've we've like want wanted".split())


def _courtesy(view: SentenceView, m: Match) -> bool:
    """Is a thanks a courtesy of speech ("Thank you all", "I'd like to thank my family", "would like
    to thank every one of them"), not one actor's praise of another ("Bush thanked Egypt for its
    mediation")?  No named entity thanked, and *you* or the first person's frame."""
    w = view.words
    if any(m.end <= c.start <= m.end + 2 and not c.mention.attrs.get("anaphor") for c in view.chunks):
        return False
    if w[m.end : m.end + 1] == ["you"]:
        return True
    frame = w[max(0, m.start - 4) : m.start]
    return not _FIRST_PERSON.isdisjoint(frame) and w[m.end : m.end + 1] != [] and w[m.end] in _THANKED


_INJURY = frozenset(
    "injury injured knock illness suspension suspended match game season tie weekend clash fixture hamstring "
    "ankle knee groin calf achilles back shoulder virus".split()
)
#: what material help is given with, or given to: with one in sight a "help" is aid
_MATERIAL = frozenset(
    "aid aids funds fund funding funded money cash loan loans grant grants troops forces soldiers military "
    "police peacekeepers experts expertise engineers doctors medical medicine medicines relief supplies food "
    "water shelter equipment weapons arms reconstruction rebuild rebuilding evacuate evacuation rescue "
    "rescuers victims refugees survivors poor poorest homeless humanitarian tsunami disaster disasters "
    "earthquake quake flood floods famine donation donations donors donor charity charities debt "
    "assistance training material materials defend defence defense protect security".split()
)
_AFTER_HELPED = frozenset(", . ; : and with in to by after during since for".split())
#: verbs of a change in amount after "help": "helped boost profits", "helps drive sales"
_CHANGE = frozenset(
    "boost lift push drive raise cut lower offset improve increase reduce fuel spur underpin "
    "support strengthen weaken ease".split()
)
#: what recognition is granted to
_RECOGNISED = frozenset(
    "state states government governments independence sovereignty regime country nation republic "
    "authority right rights annexation election elections result results marriage union jerusalem "
    "palestine kosovo taiwan israel".split()
)

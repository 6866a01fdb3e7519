"""English trigger words in their business, technology and entertainment senses (eleventh session).

Business, technology and arts news use the words of diplomacy and violence for trade, products
and shows: *shares shot up 7%*, *the euro is threatening to dampen demand*, *the album was
released*, *make free calls*, *offering broadband services*, *did not meet the reserve price*,
*analysts agree that*, *a supporting role*.  Found by reading 200 events drawn from 150 unseen
BBC articles (30 per section; BENCHMARKS.md, "English events outside politics").  Each rule needs
the ordinary sense's own signal (a market word as the actor or object, a product instead of a
captive, a price instead of a person), so that *police attacked protesters*, *the hostages were
released* and *the ministers met* stay events; :func:`no_event` is called by
:func:`kg.events.senses_en.no_event`.
"""

from __future__ import annotations

import re

from kg.events import cues
from kg.events.lexicon import Match
from kg.events.sentence import SentenceView

#: what markets and firms count: a sentence whose actor or object is one of these speaks of trade
MARKET = frozenset(
    "share shares stock stocks price prices index indices euro dollar dollars pound yen "
    "currency currencies sales profit profits earnings revenue revenues turnover growth inflation economy "
    "demand output rates bonds exports imports spending investment confidence margins valuation ratings "
    "traffic downloads popularity ftse nasdaq dow nikkei".split()
)
#: what a firm plans and carries out: "execute their business plans" kills no one
_PLANS = frozenset("plan plans strategy strategies business order orders trade trades deal deals "
                   "transaction transactions project projects programme programmes vision".split())
#: standards, prices and responses one meets without meeting anyone
_STANDARDS = frozenset(
    "price prices target targets demand criteria criterion deadline deadlines standard standards requirement "
    "requirements cost costs expectations expectation needs need forecast forecasts "
    "quota quotas threshold shortfall goal goals reception response approval criticism protests "
    "resistance success anger derision scepticism skepticism challenge challenges estimates "
    "estimate payments payment debts debt minimum reserve projections projection objectives objective rule "
    "rules commitments".split()
)
#: a commercial offer: a price, a purchase, a product or a service
_COMMERCE = frozenset(
    "service services access discount discounts price prices product products deal deals rates rate fee fees "
    "shares share buy pay repay sell refund acquire purchase bid premium cash per "
    "broadband subscription subscriptions tariff tariffs packages package".split()
)
#: what an offer of help gives: these keep an offer an event
_HELP = frozenset("aid assistance help relief compensation asylum talks ceasefire truce amnesty".split())
#: words that show a release frees someone (with kg.events.senses_en's captives)
_PEOPLE = frozenset(
    "man men woman women child children people person britons briton soldier soldiers prisoner prisoners "
    "journalist journalists worker workers national nationals citizen citizens activist activists suspect "
    "suspects student students detainee detainees hostage hostages captive captives he she they him her them "
    "dissident dissidents inmate inmates internee internees officers pilot pilots crew sailors me his "
    "their".split()
)
_CAPTIVITY = frozenset(
    "jail prison custody bail captivity detention guantanamo kidnappers captors kidnapped freed "
    "charge parole".split()
)
#: what is released without anyone set free (from kg.events.senses_en, ninth session; films' and
#: games' venues added)
PRODUCTS = frozenset(
    "album albums single singles film films movie movies song songs version versions software game games record "
    "records book books report figures data statement results dvd video trailer edition update patch product "
    "products model models phone phones console consoles title titles track tracks ep tour programme program "
    "browser chip details documents emails papers minutes accounts earnings sales numbers statistics cinemas "
    "cinema theatres arcades shops stores sequel sequels remake tool tools survey excerpts interview fixes "
    "beta upgrade adapter device devices handset laptop utilities bulletin copies smartphone smartphones "
    "gadgets gadget patents chips picture".split()
)
#: people a product lets do things: "Skype allows people to make calls" is a feature
_USERS = frozenset(
    "people users customers consumers subscribers players viewers fans gamers owners listeners readers "
    "shoppers buyers drivers you".split()
)
#: shows, bands and films: "a supporting role", "the support act", "support U2 on their tour"
_SHOW = frozenset("role roles actor actress actors actresses act acts cast slot slots band bands choir choirs "
                  "orchestra musicians singers dancers".split())
#: what is hosted without a guest: a show, a ceremony, a party ("hosting a gadget show"); a summit or
#: talks hosted stay meetings
_HOST_END = frozenset(", . ; : in at on for with between to from and".split())
_HOSTED_SHOWS = frozenset(
    "show shows ceremony ceremonies awards concert concerts festival festivals exhibition exhibitions party "
    "parties programme programmes program gig gigs premiere screening quiz contest competition website site "
    "blog podcast".split()
)
#: where a product or a record arrives: "hit screens", "hit a record high"
_ARRIVALS = frozenset(
    "screens screen shelves stores shops headlines charts chart record high highs low lows "
    "peak top number no cinemas theatres airwaves jackpot".split()
)
_ECONOMIC_ADJ = frozenset(
    "consumer domestic foreign global strong stronger weak weaker rising falling growing increasing high "
    "higher low lower slowing slow customer market oil energy travel housing import export booming "
    "seasonal extra huge buoyant robust sluggish firm solid healthy user users".split()
)
_DETERMINERS = frozenset("the a an their his her its our your my this that these those whose".split())
_SKIP_BEFORE = frozenset(
    "is are was were be been being has have had will would could may might should can also now still "
    "already just further sharply slightly more than up down".split()
)
_BE = cues.EN_BE
_MONEY = re.compile(r"^(?:[£$€¥]\d|\d[\d.,]*(?:m|bn|%)$)")


def _head_after(view: SentenceView, i: int, limit: int = 4) -> tuple[int, str]:
    """The head noun of the phrase starting at token ``i``: determiners, possessives, numbers
    and adjectives skipped, the last of a run of nouns taken (needs POS tags; ``(-1, "")``)."""
    w, tags = view.words, view.tags
    if tags is None:
        return -1, ""
    j = i
    while j < min(len(w), i + limit) and (w[j] in _DETERMINERS or tags[j][:2] in ("DT", "PR", "JJ", "CD", "PO")):
        j += 1
    if j >= len(w) or not tags[j].startswith("NN"):
        return -1, ""
    while j + 1 < len(w) and tags[j + 1].startswith("NN"):
        j += 1
    return j, w[j]


def _subject_before(view: SentenceView, i: int) -> str:
    """The word the trigger at ``i`` follows once auxiliaries and adverbs are skipped ("shares have
    now shot up": *shares*)."""
    w = view.words
    j = i - 1
    while j >= 0 and (w[j] in _SKIP_BEFORE or (view.tags is not None and view.tags[j][:2] == "RB")):
        j -= 1
    return w[j] if j >= 0 else ""


def _market_actor(view: SentenceView, m: Match) -> bool:
    """Is a word of violence or coercion said of a market ("shares shot up", "the euro is
    threatening to dampen demand", "hit profits")?"""
    w = view.words
    passive = m.start and w[m.start - 1] in _BE and not w[m.start].endswith("ing")
    if not passive and _subject_before(view, m.start) in MARKET:
        return True  # "shares shot up", "the euro is threatening"; not "... dollars was jailed"
    _, head = _head_after(view, m.end)
    return head in MARKET


def _figurative_violence(view: SentenceView, m: Match) -> bool:
    w = view.words
    word = w[m.start]
    nxt = w[m.end] if m.end < len(w) else ""
    after = w[m.end + 1] if m.end + 1 < len(w) else ""
    if word.startswith("shot") or word.startswith("shoot"):
        # "shares shot up 7%", "shot to prominence": a rise, not gunfire ("shot to death" stays)
        if nxt in ("up", "ahead") or (nxt in ("to", "into") and (after in _ARRIVALS or after in (
                "fame", "prominence", "stardom", "the") or _MONEY.match(after))):
            return after != "death"
    if word.startswith("wip") and "out" in w[m.start : m.end + 1]:
        return not set(w[m.end : m.end + 5]).isdisjoint(MARKET | {"gains", "savings", "losses", "value"})
    if word.startswith("execut"):
        _, head = _head_after(view, m.end)
        return head in _PLANS or (m.start > 0 and w[m.start - 1] in _PLANS)  # "a market order executed"
    if word.startswith("explosion"):
        # "the explosion in Xbox Live traffic", "a traffic explosion": growth
        before = w[m.start - 1] if m.start else ""
        return before in MARKET or (nxt == "in" and not set(w[m.end : m.end + 6]).isdisjoint(MARKET))
    if word in ("hit", "hits", "hitting"):
        _, head = _head_after(view, m.end)
        return head in _ARRIVALS
    return False


def _released_product(view: SentenceView, m: Match, products: bool) -> bool:
    """Is a release a product or a publication, not someone set free?

    Yes with a product word in sight ("the album is released", "released a security tool"), a
    publishing phrase ("its first weekend of release", "said in a news release"), or, in a document
    about products (:func:`products_document`), with no captive, person or group in sight ("as
    soon as it's released").  Elsewhere a release stays an event: conflict news names the freed in
    too many ways ("Jordan releases 32", "released all but three passengers", "the release of six
    missionaries").
    """
    w = view.words
    lo, hi = max(0, m.start - 8), min(len(w), m.end + 6)
    near = set(w[lo:hi])
    if not near.isdisjoint(_CAPTIVITY):
        return False
    if not near.isdisjoint(PRODUCTS):
        return True  # "their new album's release", "released a security tool"
    if _published(view, m):
        return True  # "a resolution released by the council", "the release of the central bank's survey"
    prev = w[m.start - 1] if m.start else ""
    nxt = w[m.end] if m.end < len(w) else ""
    if m.entry.kind == "n" and w[max(0, m.start - 2) : m.start] == ["in", "a"] and nxt in (".", ","):
        return True  # "the medical centre said in a release."
    if m.entry.kind == "n" and (prev in _PUBLISHING or (prev in ("of", "on", "for") and nxt in ("", ".", ",", "in", "on"))):
        return True  # "a news release", "its first weekend of release", "due for release in February"
    if not products:
        return False
    if not near.isdisjoint(_PEOPLE):
        return False
    for c in view.chunks:
        if c.end > lo and c.start < hi and (c.label == "PER" or c.nationality or c.key.startswith("group/")):
            return False
    return True


def _published(view: SentenceView, m: Match) -> bool:
    """Is what is released a text, figures or a survey (*the BOJ released the August tankan, its
    quarterly short-term corporate survey*, *a resolution released by the council*, *France's industrial
    output for December was released*, *an advance text released by officials*)?  A word of
    publication in the release's clause, up to nine words after it, and no one who could be set free
    in sight (no person's name, no word of people or captivity)."""
    w = view.words
    lo = m.start
    while lo > 0 and m.start - lo < 6 and w[lo - 1] not in _CLAUSE_EDGE:
        lo -= 1
    hi = m.end
    while hi < len(w) and hi - m.end < 9 and w[hi] not in _CLAUSE_EDGE:
        hi += 1
    span = set(w[lo:hi])
    if span.isdisjoint(_PUBLISHED) and span.isdisjoint(PRODUCTS):
        return False
    if not span.isdisjoint(_PEOPLE) or not span.isdisjoint(_CAPTIVITY):
        return False
    return not any(c.end > lo and c.start < hi and c.label == "PER" for c in view.chunks)


#: what is published when it is released (beside PRODUCTS)
_PUBLISHED = frozenset(
    "text texts output resolution communique communiqué transcript transcripts music findings "
    "survey surveys tankan index indicators forecast forecasts poll polls photographs photos pictures "
    "footage tape tapes letter".split()
)
#: what ends the clause a release is read in
_CLAUSE_EDGE = frozenset([".", ";", ":", "(", ")", '"', "and", "but", "after", "before", "while", "when"])


#: a release that is published: "a news release", "its wide release", "the latest release"
_PUBLISHING = frozenset(
    "press news new latest wide general limited nationwide worldwide cinema dvd video official commercial "
    "digital first re-release initial full uk us major titled debut".split()
)
#: words of products, shows and publishing: a document with many of them is about products
_PRODUCT_TOPIC = frozenset(
    "album albums single singles film films movie movies song songs chart charts dvd dvds game games console "
    "consoles software version versions download downloads downloaded cd cds track tracks sequel premiere "
    "gadget gadgets handset handsets laptop laptops pc pcs browser gamers playstation xbox nintendo ipod "
    "soundtrack box-office trailer fans band bands singer actor actress director studio studios".split()
)


def products_document(words: list[str], chars: int) -> bool:
    """Is an English document (its lower-cased tokens, its length) about products or shows?

    At least 5 words of products, shows and publishing, 3 per 1,000 characters (the sports gate's
    test, :func:`kg.events.sports.sports_document_en`, with its own words).
    """
    n = sum(1 for x in words if x in _PRODUCT_TOPIC)
    return n >= 5 and n * 1000 >= 3 * max(1, chars)


def _met_a_standard(view: SentenceView, m: Match) -> bool:
    """ "did not meet their reserve price", "met with a poor reception", "to meet Wall Street earnings
    estimates", "the golden rule would be met": a standard or a response is met, no one."""
    w = view.words
    i = m.end
    if i < len(w) and w[i] == "with":
        i += 1
    for x in w[i : i + 5]:
        if x in _STANDARDS:
            return True
        if x in _PHRASE_END:
            break
    if w[m.start] == "met":
        j = m.start - 1
        while j >= 0 and w[j] in _SKIP_BEFORE:
            j -= 1
        return j < m.start - 1 and j >= 0 and w[j] in _STANDARDS  # passive: "targets were met"
    return False


#: where a noun phrase ends
_PHRASE_END = frozenset(
    "to with in on at by for of from and or but that which who , . ; : \" ( )".split()
)


def _phone_call(view: SentenceView, m: Match) -> bool:
    """ "make free calls", "making net calls": a telephone call, not an appeal ("made a call for
    calm", "calls on the government", "a call to end the war" are appeals)."""
    w = view.words
    if m.end < len(w) and w[m.end] in ("sure", "certain"):
        return True  # "make sure": no one is asked
    c = m.context_at
    if c is not None and w[c].startswith(("call", "so-call")) and w[c] not in ("call", "calls"):
        return True  # "the last film to be made by X, called 06/05", "so-called": a name, no appeal
    if c is None or w[c] not in ("call", "calls"):
        return False
    nxt = w[c + 1] if c + 1 < len(w) else ""
    if nxt in ("for", "on", "upon"):
        return False
    if nxt == "to" and c + 2 < len(w):
        tag = view.tags[c + 2] if view.tags is not None else ""
        return not (tag == "VB" or w[c + 2] in ("arms", "action", "end", "stop", "halt", "resign"))
    return True


def _commercial_offer(view: SentenceView, m: Match) -> bool:
    """ "offering broadband services", "offered £500,000 for the striker", "offered to repay its
    creditors": a sale or a purchase; an offer of aid, talks or a truce stays an event."""
    w = view.words
    window = w[m.end : m.end + 6]
    if not set(window).isdisjoint(_HELP):
        return False
    if not set(window).isdisjoint(_COMMERCE) or not set(window).isdisjoint(PRODUCTS):
        return True  # "offering broadband services", "offer a personal video recorder"
    if not _HELP.isdisjoint(w):
        return False  # "the amount of aid needed at about $5bn, similar to the cash offered to Central America"
    before = w[max(0, m.start - 3) : m.start]
    if any(_MONEY.match(x) or x in ("£", "$", "€") for x in window + before):
        return True  # "a £1.3bn takeover offer", "offered £500,000 for the striker"
    # "a takeover offer from Deutsche Boerse", "an undisclosed offer for defender Dawson", "the terms
    # of the offer, minority Fox shareholders will receive": a purchase
    return not set(before).isdisjoint(_BID_WORDS) or not set(w).isdisjoint(_TAKEOVER)


#: words before an offer that make it a bid for a firm or a player
_BID_WORDS = frozenset("takeover public cash firm formal undisclosed improved rival revised hostile share "
                       "transfer all-share".split())
#: words of buying firms: an offer or a proposal in their sentence is a purchase
_TAKEOVER = frozenset("takeover takeovers shareholders shareholder stake ipo flotation acquisition bidder "
                      "bidders buyout".split())


def _economic_demand(view: SentenceView, m: Match) -> bool:
    """ "ease demand for stock", "a dip in demand", "demand for air travel", "Demand in India has been
    driven by ...": what buyers want, not a demand made of anyone ("their demand for a recount",
    "rebel demands for independence" stay)."""
    w = view.words
    before = w[m.start - 1] if m.start else ""
    if before in _ECONOMIC_ADJ or before in _DEMAND_VERBS:
        return True
    if before == "-" and w[m.start - 2 : m.start - 1] == ["on"]:
        return True  # "video-on-demand"
    if before in ("in", "to") and m.start > 1 and w[m.start - 2] in _DEMAND_CHANGES:
        return True  # "a dip in demand", "in response to demand"
    if w[m.end : m.end + 1] == ["for"] and not set(w[m.end + 1 : m.end + 4]).isdisjoint(_GOODS):
        return True  # "demand for air travel", "demands for bandwidth"
    return m.start == 0 and w[m.end : m.end + 1] in (["in"], ["has"], ["is"], ["was"], ["rose"], ["fell"])


#: verbs of the market acting on demand: "ease demand", "boost demand", "meet demand"
_DEMAND_VERBS = frozenset("ease eased boost boosted dampen dampened meet fuel fuelled curb curbed hit weaken "
                          "stimulate spur driving drive drove satisfy".split())
#: changes in demand: "a dip in demand", "in response to demand"
_DEMAND_CHANGES = frozenset("dip fall rise drop increase slump growth response surge slowdown decline boom "
                            "weakness strength jump".split())
#: what buyers want: "demand for air travel"
_GOODS = frozenset(
    "air travel stock stocks shares oil goods products cars homes housing credit loans services bandwidth "
    "storage chips steel gas electricity energy tickets copies gold metals food imports exports "
    "flights holidays computers phones".split()
)


def _corporate_finance(w: list[str], m: Match) -> bool:
    """Is a funding, a financing or an investment a firm's business (*shareholders approved the issue of
    1.6 million shares*, *has received venture financing from Bessemer*, *Internet Startup funded to
    develop Java software*, *billions of dollars invested in stocks*), not aid or economic cooperation
    between states?  A word of company finance near the trigger and no word of aid."""
    near = w[max(0, m.start - 8) : m.start] + w[m.end : m.end + 8]  # not the trigger's own "share"
    return not _CORPORATE.isdisjoint(near) and _AID_WORDS.isdisjoint(w)


#: words of company finance: shares, bonds, venture capital
_CORPORATE = frozenset(
    "shares shareholders shareholder stocks equity equities bonds bond convertible venture startup startups "
    "start-up start-ups ipo flotation stake stakes portfolio adrs securities underwriters underwriting "
    "dividend dividends".split()
)
#: words of aid: with one in the sentence, a funding may be aid
_AID_WORDS = frozenset(
    "aid relief humanitarian refugees victims reconstruction poor famine disaster government governments "
    "development".split()
)


def _a_return(w: list[str], k: int) -> bool:
    """Is what follows a yield (from token ``k``) an amount: a number, a percentage, a quantity?"""
    for x in w[k : k + 3]:
        if x[:1].isdigit() or _MONEY.match(x) or x in ("percent", "%", "about", "around", "nearly", "over", "up"):
            return True
        if x not in ("a", "an", "only", "just"):
            return False
    return False


def no_event(view: SentenceView, m: Match, products: bool = False) -> bool:
    """Does English trigger ``m`` stand in a business, technology or show-business sense here?

    ``products``: the document is about products or shows (:func:`products_document`).
    """
    w = view.words
    word = w[m.start]
    cat = m.entry.plover
    nxt = w[m.end] if m.end < len(w) else ""
    if cat in ("ASSAULT", "COERCE", "THREATEN", "SANCTION") and _figurative_violence(view, m):
        return True
    if cat in ("ASSAULT", "THREATEN") and _market_actor(view, m):
        return True
    if cat == "REQUEST" and word in ("make", "makes", "made", "making"):
        return _phone_call(view, m)
    if cat == "RETREAT" and word.startswith("releas"):
        return _released_product(view, m, products)
    if cat in ("CONSULT", "CONCEDE", "AGREE") and word in ("meet", "meets", "met", "meeting") and m.entry.kind == "v":
        # "Lightbody and McClelland met as students": how they came to know each other
        return (word == "met" and nxt == "as") or _met_a_standard(view, m)
    if cat == "AGREE" and word in ("agree", "agrees") and nxt == "that" and not (m.start and w[m.start - 1] in _MODAL):
        return True  # "analysts agree that the success ...", "I agree that": an opinion
    if cat == "AGREE" and word.startswith("agree") and nxt == "to" and w[m.end + 1 : m.end + 2] and (
        w[m.end + 1] in _TRADE
    ):
        return True  # "Illva Saronno has agreed to buy 33% of Changyu": a purchase
    if cat == "CONCEDE" and word == "conceded" and (
        nxt == "that" or (nxt in ("this", "it", "there") and w[m.end + 1 : m.end + 2] in (["was"], ["is"], ["were"]))
    ):
        return True  # "conceded this was ambitious", "conceded that Rochus played too well": an admission
    if cat in ("SUPPORT", "REJECT", "AGREE") and _poll(view, m):
        return True  # "63% supported a hunting ban": what a survey found, no one acted
    if cat in ("AGREE", "AID") and word.startswith("offer"):
        # "films on offer": for sale
        return (m.start > 0 and w[m.start - 1] == "on") or _commercial_offer(view, m)
    if cat == "AGREE" and word.startswith("propos") and not set(w).isdisjoint(_TAKEOVER):
        return True  # "received a detailed proposal from Mr Glazer" (for the club's shares): a bid
    if cat == "REQUEST" and m.entry.kind == "n" and word in ("demand", "demands"):
        return _economic_demand(view, m)
    if cat == "REJECT" and word == "opposed" and m.start and w[m.start - 1] == "as":
        return True  # "at 4% of sales as opposed to 5%"
    if cat in ("AID", "AGREE") and word.startswith("fund") and nxt in ("its", "their", "our"):
        return True  # "enough cash to fund its operations", "fund its deficits": spending
    if cat == "CONCEDE" and word.startswith("allow") and not _USERS.isdisjoint(w[m.end : m.end + 3]):
        return True  # "Skype allows people to make free calls": a feature of a product
    if cat in ("SUPPORT", "AGREE") and word.startswith("support"):
        # "supporting roles", "the support act", "will support U2 on their tour"
        prev = w[m.start - 1] if m.start else ""
        # "insufficient evidence to support the allegations": a finding, no one's support
        return (
            nxt in _SHOW
            or prev.startswith("play")
            or "tour" in w[m.end : m.end + 6]
            or not _EVIDENCE.isdisjoint(w[max(0, m.start - 3) : m.start])
        )
    if cat == "COOPERATE" and word in ("sell", "sells", "selling", "sold"):
        # "Renault sold more than 2.4 million vehicles", "sold 420,000 copies": sales
        window = w[m.end : m.end + 4]
        if any(_MONEY.match(x) or x.isdigit() or x in _SOLD for x in window):
            return True
    if cat == "CONSULT" and word.startswith("return") and nxt == "from":
        return True  # "he was returning from China": coming home, no visit
    if (
        cat == "CONSULT"
        and m.entry.kind == "v"
        and word.startswith("talk")
        and nxt == "about"
        and "with" not in w[m.end : m.end + 8]
    ):
        return True  # "Kilgore talked about the song": a topic, no one talked with
    if cat == "REQUEST" and word.startswith("appeal") and nxt == "to" and w[m.end + 1 : m.end + 4] and (
        not _AUDIENCE.isdisjoint(w[m.end + 1 : m.end + 4]) or not _USERS.isdisjoint(w[m.end + 1 : m.end + 4])
        or w[m.end + 1] == "those"
    ):
        # "aims to appeal to a diverse audience", "likely to appeal to people with low vision": attract;
        # "appealed to fans to calm down" asks
        if m.start >= 2 and w[m.start - 1] == "to" and w[m.start - 2] in _LIKELY:
            return True
        return "to" not in w[m.end + 2 : m.end + 7]
    if cat == "REQUEST" and word.startswith("insist") and nxt not in ("on", "upon"):
        # "Sella insisted the pressure had eased", "Uefa insists the surfaces have moved on": an
        # assertion; "insisted he must resign", "insists they have to pay" ask
        after = w[m.end : m.end + 12]
        return _OBLIGE.isdisjoint(after) and not any(
            x in _HAVE and after[k + 1 : k + 2] == ["to"] for k, x in enumerate(after)
        )
    if cat == "SUPPORT" and word.startswith(("back", "support")) and nxt == "by" and not _SHOW.isdisjoint(
        w[m.end + 1 : m.end + 5]
    ):
        return True  # "performed the song backed by a gospel choir": music, no endorsement
    if cat == "CONSULT" and word.startswith("host") and m.entry.kind == "v":
        for x in w[m.end : m.end + 7]:  # "are hosting a best-of gadget show": no guest received
            if x in _HOSTED_SHOWS:
                return True
            if x in _HOST_END:
                break
        return False
    if cat in ("AID", "COOPERATE") and _corporate_finance(w, m):
        return True  # "shareholders approved a convertible issue", "venture financing", "invested in stocks"
    if cat == "CONCEDE" and word.startswith("yield") and _a_return(w, m.end):
        return True  # "fell 30/32 to yield 7.12 percent", "expected the land to yield 5.2 tonnes": a return
    if cat == "SANCTION" and word.startswith("cancel"):
        return _cancelled_service(view, m)  # "1,100 flights were cancelled", "cancel the rest of the tour"
    if cat == "ACCUSE" and word.startswith("condemn") and "to" in w[m.end : m.end + 4]:
        # "a goal condemned Mansfield to a ninth game without a win": doomed, not denounced
        k = w.index("to", m.end)
        return k + 1 < len(w) and (w[k + 1] in _DETERMINERS or w[k + 1] in ("another", "defeat", "relegation")
                                   or w[k + 1].endswith("th"))
    if cat == "AID" and word.startswith("help") and not _GROWTH.isdisjoint(w[m.end : m.end + 5]):
        return True  # "strong sales helped Renault boost its profits": a cause of a change
    if cat == "SUPPORT" and word == "thank" and nxt in ("god", "goodness", "heavens"):
        return True  # "thank goodness": relief
    if cat == "ACCUSE" and word.startswith("blam"):
        # "BA blamed high fuel prices for a drop in profits": a cause, no one accused
        _, head = _head_after(view, m.end)
        return head in MARKET or head in _CAUSES
    if cat == "ASSAULT" and word == "offensive":
        # "the movie is not offensive", "offensive lyrics": a judgement, no military offensive
        prev = w[m.start - 1] if m.start else ""
        return prev in _OFFENCE_BEFORE or nxt in _OFFENCE_AFTER
    return False


_MODAL = frozenset("will would to could may might shall should must 'll".split())
#: buying and selling: "agreed to buy", "agreed to sell its stake"
_TRADE = frozenset("buy sell acquire purchase merge invest".split())


def _poll(view: SentenceView, m: Match) -> bool:
    """Is the subject of ``m`` a share of those asked ("63% supported a ban", "39% opposed a
    comeback", "half of voters backed")?"""
    w = view.words
    j = m.start - 1
    if j >= 0 and w[j] in ("also", "still", "strongly", "narrowly"):
        j -= 1
    return j >= 0 and (w[j].endswith("%") or w[j] == "%" or w[j : j + 1] == ["cent"] and w[j - 1 : j] == ["per"])


#: what is sold in numbers: copies, units, cars ("sold 2.4 million vehicles")
_SOLD = frozenset("million billion thousand copies units vehicles cars phones tickets shares stake more".split())
#: verbs of a change in amount (with kg.events.senses_en's "helped boost")
_GROWTH = frozenset("boost lift push drive raise improve increase fuel spur revive underpin".split())
#: economic causes a firm blames for its results
_CAUSES = frozenset(
    "costs cost weather conditions fall rise drop slowdown downturn competition payout charges charge "
    "write-downs weakness strength slump".split()
)
_OBLIGE = frozenset("should must ought be needed needs need".split())
_HAVE = frozenset("has have had".split())
#: what airlines, railways, bands and broadcasters cancel: a service or a show, not a sanction
_SERVICES = frozenset(
    "flight flights train trains service services route routes tour tours concert concerts show shows gig gigs "
    "date dates performance performances screening screenings broadcast broadcasts episode episodes series "
    "event events festival appearance appearances order orders subscription subscriptions launch release "
    "production filming".split()
)


def _cancelled_service(view: SentenceView, m: Match) -> bool:
    """Is a cancellation one of a service or a show ("some 1,100 flights were cancelled", "US Airways
    ended up cancelling over 100 flights", "cancel the rest of the tour"), not of talks, a visit or
    an agreement (a sanction)?  The object's head (skipping "the rest of", numbers), or the passive's
    subject in the few words before the auxiliary."""
    w = view.words
    j = m.end
    while j < min(len(w), m.end + 5) and (
        w[j] in _DETERMINERS or w[j] in ("rest", "of", "over", "more", "than", "about", "some", "all") or w[j][:1].isdigit()
    ):
        j += 1
    window = w[j : j + 2]
    if m.start and w[m.start - 1] in _BE:
        window += w[max(0, m.start - 5) : m.start - 1]
    return not _SERVICES.isdisjoint(window)
_EVIDENCE = frozenset("evidence data figures research findings proof".split())
#: "likely to appeal to", "designed to appeal to": what a product is made or expected to do
_LIKELY = frozenset("likely unlikely designed aimed intended bound meant set going sure certain".split())
_AUDIENCE = frozenset("audience audiences viewers fans listeners readers consumers buyers shoppers market "
                      "younger older teenagers children masses mainstream fan-base fanbase".split())

_OFFENCE_BEFORE = frozenset(
    "is are was were be been being not very deeply so too grossly highly most more as find found considered "
    "deemed racially sexually potentially".split()
)
_OFFENCE_AFTER = frozenset(
    "remarks comments language lyrics material content jokes joke behaviour behavior words song songs posters "
    "poster advert adverts advertisement images image terms slur slurs to".split()
)

"""English trigger words in their business, technology and show-business senses (eleventh session,
kg.events.market_en).

Found by reading 200 events of 150 unseen BBC articles (30 per section); the sentences are written
for the tests.  Each test puts the ordinary sense (no event) next to the event sense of the same word.
"""
from __future__ import annotations

from kg.events.sports import sports_document_en
from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> set[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return {(e.category, e.trigger.text) for e in doc.events}


def _categories(text: str) -> set[str]:
    return {c for c, _ in _events(text)}


def test_markets_are_no_actors_of_violence() -> None:
    assert "ASSAULT" not in _categories("Exports shot up 7.5% in March.")
    assert "THREATEN" not in _categories("The strength of the euro is threatening to dampen exports.")
    assert "ASSAULT" not in _categories("The cost of reconstruction could wipe out economic growth.")
    assert "ASSAULT" not in _categories("The company executed its business plans well.")
    # the same words said of people
    assert ("ASSAULT", "shot") in _events("Soldiers shot two protesters in the capital.")
    assert ("THREATEN", "threatening") in _events("The rebels are threatening to attack the city.")
    assert ("ASSAULT", "executed") in _events("Rebels executed three hostages.")
    assert ("ASSAULT", "attacked") in _events("Police attacked protesters in the capital.")
    # criticism stays criticism, not violence
    assert _categories("Critics attacked the budget.") == {"ACCUSE"}


def test_a_release_frees_someone_only_with_someone_in_sight() -> None:
    assert "RETREAT" not in _categories("Microsoft released a security tool last week.")
    products = (
        "Apple will release a new iPod in the spring. The music player lets fans download songs and "
        "albums, and its software and games run on a PC."
    )
    assert "RETREAT" not in _categories(products)
    # conflict news names the freed in many ways: a release there stays an event
    assert ("RETREAT", "released") in _events("The gunmen set two buses ablaze and released all but three passengers.")
    assert ("RETREAT", "releases") in _events("Jordan releases 32 from the southern town of Karak.")
    assert ("RETREAT", "release") in _events("The rebels tried to arrange the release of six missionaries.")
    assert ("RETREAT", "released") in _events("The rebels released two French journalists on Sunday.")
    assert ("RETREAT", "released") in _events("The hostages were released on Tuesday.")
    assert ("RETREAT", "released") in _events("Israel released 500 Palestinian prisoners.")


def test_a_phone_call_is_no_appeal() -> None:
    assert "REQUEST" not in _categories("Users can make free calls to landlines.")
    assert "REQUEST" not in _categories("The minister made calls to the families of the victims.")
    assert ("REQUEST", "made") in _events("The minister made a call for calm.")


def test_a_sale_is_no_offer_of_help() -> None:
    assert not _categories("The firm is offering broadband services to two million homes.")
    assert not _categories("The agency offered to repay its creditors $220m.")
    assert ("AGREE", "offered") in _events("Hamas offered a truce to Israel.")


def test_a_price_is_met_no_one_meets() -> None:
    assert "CONSULT" not in _categories("The tapes did not meet their reserve price.")
    assert "CONSULT" not in _categories("The band met as students at Dundee University.")
    assert ("CONSULT", "met") in _events("The two leaders met in Geneva on Monday.")


def test_an_opinion_or_a_purchase_is_no_agreement() -> None:
    assert "AGREE" not in _categories("Analysts agree that the economy is slowing.")
    assert "AGREE" not in _categories("The company has agreed to buy its rival for $2bn.")
    assert ("AGREE", "agreed") in _events("Iran agreed to suspend uranium enrichment.")
    assert ("AGREE", "agreed") in _events("The two sides agreed to a ceasefire.")


def test_a_poll_is_no_one_supporting() -> None:
    assert "SUPPORT" not in _categories("The survey found that 63% supported a ban on smoking.")
    assert ("SUPPORT", "supported") in _events("The Labour party supported the ban on smoking.")


def test_show_business_and_admissions() -> None:
    assert not _categories("Snow Patrol will support U2 on their European tour.")
    assert ("SUPPORT", "supports") in _events("The United States supports Ukraine in the war.")
    assert "ASSAULT" not in _categories("Mr Livingstone said the remarks may have been offensive.")
    assert "ASSAULT" in _categories("The army launched an offensive against the rebels.")
    assert "REJECT" not in _categories("The firm expects margins of 4% of sales as opposed to 5%.")
    assert ("REJECT", "opposed") in _events("The unions opposed the plan.")
    assert "CONCEDE" not in _categories("He conceded that the plan was ambitious.")
    assert ("CONCEDE", "conceded") in _events("The government conceded defeat and withdrew the bill.")


def test_match_reports_are_sports_reports() -> None:
    text = (
        "Newcastle 2-1 Bolton. Alan Shearer's shot was blocked and Dyer fired into the top corner. "
        "He met Carr's cross with a downward header. The keeper saved a volley before the referee "
        "ended the first half. Wanderers hit back through a header."
    )
    words = text.lower().replace(".", " .").replace("'s", " 's").split()
    assert sports_document_en(words, len(text))
    assert "CONSULT" not in _categories(text)
    assert "COERCE" not in _categories(text)
    # a governing body's ban in a sports story is no play
    ban = "Kenya's athletics body has reversed a ban on marathon runner Susan Chepkemei after she apologised."
    assert not sports_document_en(ban.lower().split(), len(ban))


def test_sales_talk_and_assertions() -> None:
    assert "COOPERATE" not in _categories("Renault sold more than 2.4 million vehicles in 2004.")
    assert "CONSULT" not in _categories("He was returning from China when the firm collapsed.")
    assert "CONSULT" not in _categories("Kilgore talked about the song without crediting her.")
    assert ("CONSULT", "talked") in _events("Mr Blair talked with Mr Putin in Moscow about Iran.")
    assert "SUPPORT" not in _categories("The police found insufficient evidence to support the allegations.")
    assert "REQUEST" not in _categories("The new show aims to appeal to a diverse audience.")
    assert "REQUEST" not in _categories("Ministers insist the plans would not change the law.")
    assert "REQUEST" in _categories("Mr Howard insisted that the minister must resign.")
    assert ("REQUEST", "insisted") in _events("The unions insisted on a full public inquiry.")
    assert ("REQUEST", "appealed") in _events("Doherty appealed to fans to calm down.")
    assert "ACCUSE" not in _categories("A late goal from Scott condemned Mansfield to a ninth game without a win.")
    assert ("ACCUSE", "condemned") in _events("The United Nations condemned the attack on the convoy.")


def test_criticism_without_a_verb_of_accusing() -> None:
    assert ("ACCUSE", "shambles") in _events(
        "The Lib Dems said the government's handling of the crisis was a shambles."
    )
    assert ("ACCUSE", "irresponsible") in _events("Mr Kennedy branded the proposals irresponsible.")
    assert ("ACCUSE", "fiasco") in _events("Mr Davis described the scheme as a fiasco.")
    assert ("ACCUSE", "rounded on") in _events("Mr Blair rounded on the Conservatives.")
    assert ("ACCUSE", "took a swipe at") in _events("Business leaders took a swipe at the chancellor.")
    assert _categories("Mr Hain launched a scathing attack on the Tories.") == {"ACCUSE"}
    # a judgement with no one judged and no labelling verb stays none; a real attack stays one
    assert "ACCUSE" not in _categories("Campaigners said the weather was a disaster.")
    assert "ASSAULT" in _categories("Rebels launched a fierce attack on the army base.")
    assert "ACCUSE" not in _categories("The company described the phone as a smartphone.")


def test_estimates_causes_and_relief() -> None:
    assert "CONSULT" not in _categories("He committed fraud to meet Wall Street earnings estimates.")
    assert "CONSULT" not in _categories("The chancellor said the golden rule would be met.")
    assert ("CONSULT", "met") in _events("Mr Blair met union leaders in Downing Street.")
    assert ("CONSULT", "met") in _events("The president met Bill Gates in Washington.")
    assert "AID" not in _categories("Strong sales in Asia helped Renault boost its profits.")
    assert ("AID", "help") in _events("Britain will send troops to help the victims of the earthquake.")
    assert "ACCUSE" not in _categories("British Airways blamed high fuel costs for a drop in profits.")
    assert ("ACCUSE", "blamed") in _events("The minister blamed the rebels for the attack.")
    assert "SUPPORT" not in _categories('"I just thank God that no-one got injured," he said.')


def test_conflict_and_court_news_keep_their_events() -> None:
    # read on Reuters news (CoNLL-2003 train): each of these was lost by a first version of the rules
    assert "REQUEST" in _categories("A settlement lies somewhere between rebel demands for independence and Moscow's line.")
    assert "REQUEST" not in _categories("Business has improved with demand for air travel increasing.")
    assert ("COERCE", "jailed") in _events("A man who dyed parrots to sell them for thousands of dollars was jailed for fraud.")
    assert "ASSAULT" not in _categories("Investors set the price, as opposed to a market order executed at market prices.")
    assert ("CONSULT", "talks") in _events("The firm is in advanced talks about selling its German assets.")
    text = "Norman described this year as his worst since 1991, when he failed to win a tournament."
    assert "ACCUSE" not in _categories(text)

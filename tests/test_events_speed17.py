"""The seventeenth session's cheaper English events step gives what the code it replaces gave.

Each test runs the new path and the old one (kept here, or reached by switching the new path
off with ``monkeypatch``) on the same input: English news text through the whole pipeline, or
generated sentences full of the lexicon's own trigger and context words.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.events import extractor, lexicon, sentence
from kg.events.lexicon import Lexicon, get_lexicon
from kg.model import Document, Mention
from kg.pipeline import process

#: English news with dictionary verbs (bare defaults, participles, patterns), reported speech,
#: pronouns, groups, titles, dates and multi-word triggers.
TEXTS = [
    "Tony Blair met the French president Jacques Chirac in Paris on Monday to discuss the war in Iraq. "
    "The prime minister said he wanted to help rebuild the country, a spokesman said. "
    "Mr Chirac, who opposed the invasion, agreed to send aid, but warned that troops would not be sent. "
    "Later Mr Blair criticised the United Nations and called for new talks with Iran.",
    "Police arrested three men after the attack on the US embassy in Kabul on Tuesday. "
    "Afghan officials accused the Taleban of planning the bombing, which killed 12 people. "
    "The Taleban denied the claims and said it had taken no part in it. "
    "Protesters clashed with riot police in Cairo as thousands demanded the release of prisoners.",
    "Microsoft said it would sue Google over the deal, which was announced last week. "
    "The company, which employs 5,000 people in Britain, has been fined by the European Commission. "
    "Shares fell 3% as investors sold, fearing that the firm would be forced to pay damages. "
    "Rebels handed the town back to the army after a ceasefire was agreed; sanctions were lifted.",
    "Labour's ruling committee rejected the proposal, while the Tories called for an inquiry. "
    "Chancellor Gordon Brown is expected to unveil his budget next month, officials said. "
    "Israeli soldiers shot dead two Palestinian gunmen who had opened fire on a convoy near Gaza. "
    "The storm killed 12 people in Florida, and Hurricane Ivan is heading for Texas.",
]


def _events(doc: Document) -> list[str]:
    return [repr(x) for x in (*doc.events, *doc.relations, *doc.mentions)] + [repr(e) for e in doc.entities.values()]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [process(Document(id=f"t{i}", text=t, lang="en"), steps=("sentences", "mentions", "resolve"))
            for i, t in enumerate(TEXTS)]


def _extract(docs: list[Document]) -> list[list[str]]:
    import copy

    from kg.events import extract

    return [_events(extract(copy.deepcopy(d))) for d in docs]


def test_dictionary_defaults_skipped_before_their_roles(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    """Matches whose roles cannot save them are skipped before their roles are found: the
    events are those found when every match's roles are found and _no_event decides."""
    seen: list[bool] = []
    skip = extractor._dictionary_default_en

    def spy(view, m):  # noqa: ANN001, ANN202
        seen.append(skip(view, m))
        return seen[-1]

    monkeypatch.setattr(extractor, "_dictionary_default_en", spy)
    fast = _extract(docs)
    assert any(seen) and not all(seen)  # the texts exercise the shortcut
    monkeypatch.setattr(extractor, "_dictionary_default_en", lambda view, m: False)
    assert _extract(docs) == fast
    assert any(x.startswith("Event(") for d in fast for x in d)


def test_dictionary_defaults_are_no_events_whatever_their_roles(docs: list[Document]) -> None:
    """What the shortcut skips, _no_event rejects with any roles, time or earlier events."""
    from kg.events.roles import Roles
    from kg.events.timex import Timex

    lex = get_lexicon("en")
    checked = 0
    for doc in docs:
        for index in range(len(doc.sentences)):
            view = sentence.build_view(doc, index)
            for m in lex.find(view.words, tags=view.tags):
                if not extractor._dictionary_default_en(view, m):
                    continue
                keys = [c.key for c in view.chunks] or ["country/us"]
                for roles in (Roles(), Roles(agent=keys[:1], target=keys[-1:], place=keys[:1], participant=keys)):
                    for tx in (None, Timex(view.start, view.start + 1, "x", None)):
                        assert extractor._no_event(
                            view, m, roles, tx, lang="en", lo=0, kept=[], event_verbs=[m.start],
                            named_events={m.context_at: m.entry.plover} if m.context_at is not None else {},
                            played=False,
                        )
                checked += 1
    assert checked > 3


def test_views_pick_their_mentions_as_by_a_scan(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    """build_view with the document's mentions ordered once picks each sentence's as the scan of
    every mention did, also after a mention loses its entity or when mentions overlap."""
    doc = docs[0]
    extra = [
        Mention(start=0, end=4, text=doc.text[0:4], label="PER", entity="person/tony"),  # nested, same start
        Mention(start=5, end=5 + 5, text=doc.text[5:10], label="PER", entity=""),  # no entity
        Mention(start=doc.sentences[0][1] - 3, end=doc.sentences[1][0] + 5,
                text=doc.text[doc.sentences[0][1] - 3 : doc.sentences[1][0] + 5], label="ORG", entity="org/x"),
    ]
    doc.mentions = extra[:1] + list(doc.mentions) + extra[1:] + extra[:1]
    doc.mentions[3].entity = ""
    ordered = sentence.mention_order(doc)
    for index in range(len(doc.sentences)):
        a = sentence.build_view(doc, index, tag=False, ordered=ordered)
        b = sentence.build_view(doc, index, tag=False)
        assert [(c.start, c.end, c.key, id(c.mention)) for c in a.chunks] == [
            (c.start, c.end, c.key, id(c.mention)) for c in b.chunks
        ]
    monkeypatch.setattr(extractor, "mention_order", lambda d: None)
    slow = _extract(docs)
    monkeypatch.undo()
    assert _extract(docs) == slow


def _sentences(lex: Lexicon, n: int, seed: int) -> list[list[str]]:
    """Random sentences of the lexicon's trigger forms, the words after multi-word ones, context words and filler."""
    rng = random.Random(seed)
    forms = sorted(lex.own) + sorted(lex.dict)
    multi = [(h, f.entry.rest) for h in forms for f in lex.own.get(h, []) + lex.dict.get(h, []) if f.entry.rest]
    ctx = [a for h in forms[:: max(1, len(forms) // 300)] for f in lex.own.get(h, []) + lex.dict.get(h, [])
           for slot in (*f.entry.after, *f.entry.before) for a in slot[:2]]
    filler = " ".join(TEXTS).lower().replace(".", " .").replace(",", " ,").split()
    out = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(2, 25)):
            r = rng.random()
            if r < 0.2:
                head, rest = rng.choice(multi)
                tail = list(rest)
                if rng.random() < 0.4:
                    tail = tail[:-1] + [tail[-1] + "x"] if rng.random() < 0.5 else ["the", "town", *tail]
                words += [head, *tail]
            elif r < 0.4:
                words.append(rng.choice(forms))
            elif r < 0.6 and ctx:
                words += rng.choice(ctx).split()
            else:
                words.append(rng.choice(filler))
        out.append(words)
    return out


def test_find_and_candidates_with_the_first_letters_given() -> None:
    """The sentence's first four letters, computed once for candidates() and find(), change nothing."""
    from kg.events import pos

    lex = get_lexicon("en")
    tagger = pos.get_tagger("en")
    sentences = _sentences(lex, 300, seed=17)
    got = []
    for words in sentences:
        present = {w[:4] for w in words}
        assert lex.candidates(words, present=present) == lex.candidates(words)
        tags = tagger.tag(words) if tagger is not None else None
        barriers = {i for i, w in enumerate(words) if w in (".", ";")}
        found = lex.find(words, barriers=barriers, tags=tags, present=present)
        assert found == lex.find(words, barriers=barriers, tags=tags)
        got.append(found)
    assert sum(1 for ms in got for m in ms if m.entry.rest and m.end > m.start + 1) > 20  # multi-word matches
    assert any(m.entry.rest and m.end == m.start + 1 for ms in got for m in ms)  # a particle after an object


def test_parser_feature_names_as_str_of_each() -> None:
    import numpy as np

    from kg.events import parser as P

    path = P.MODEL_DIR / P.MODEL_FILE
    if not path.exists():
        pytest.skip("the English parser is not installed")
    with np.load(path, allow_pickle=False) as z:
        want = {str(f): r for r, f in enumerate(z["features"])}
    got = P.Parser.load(path).index
    assert got == want and all(type(k) is str for k in got)


def test_no_speaker_pronoun_without_a_verb_of_saying() -> None:
    from kg.events import anaphora
    from kg.text.tokenize import tokenize

    for text, want in [("Microsoft said it would sue Google .", 1), ("Microsoft bought it from Google .", 0)]:
        toks = tokenize(text)
        view = sentence.SentenceView(0, 0, len(text), "en", toks, [t.text.lower() for t in toks])
        m = Mention(start=0, end=9, text="Microsoft", label="ORG", entity="org/microsoft")
        view.chunks = [sentence.Chunk(0, 1, "org/microsoft", "ORG", None, m)]
        assert len(anaphora._speaker_pronouns(view, set())) == want


def test_lexicon_has_no_quick_filter() -> None:
    """``Lexicon._quick`` was always None (set so by every find()): gone, with its test in _context_ok."""
    assert not hasattr(get_lexicon("en"), "_quick")
    assert "_quick" not in lexicon.Lexicon._context_ok.__code__.co_names


def test_time_expressions_found_only_when_a_trigger_asks(docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence's time expressions are found once, when its first trigger past the shortcut
    asks for them (not for sentences whose triggers are all skipped), and dates still come out."""
    calls: list[str] = []
    real = extractor.resolve_anchored

    def spy(text, date, lang):  # noqa: ANN001, ANN202
        calls.append(text)
        return real(text, date, lang)

    monkeypatch.setattr(extractor, "resolve_anchored", spy)
    out = _extract([process(Document(id="d", text=TEXTS[0], lang="en", date=dt.date(2004, 3, 5)),
                            steps=("sentences", "mentions", "resolve"))])
    assert calls and len(calls) == len(set(calls))
    assert any(x.startswith("Event(") and "datetime.date(2004, 3, 1)" in x for x in out[0])  # "on Monday"

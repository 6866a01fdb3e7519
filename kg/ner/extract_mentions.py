"""Document -> NER mentions with exact character offsets."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from kg.model import Document, Mention
from kg.ner.arabic import is_arabic, normalize
from kg.ner.scoring import chunks
from kg.ner.tokenize import split_sentences, tokenize

#: Proclitics trimmed off a mention's first word, one letter at a time, when the rest is a
#: known word and the whole is no word of its own (conjunctions and prepositions; the
#: article stays: ``القاهرة``).
_TRIM = ("و", "ف", "ب", "ل", "ك")


def _norm(text: str) -> str:
    """An Arabic mention's ``norm``: its words normalised (:func:`kg.ner.arabic.normalize`)."""
    return " ".join(normalize(w) for w in text.split())


def _lang_of(doc: Document) -> str:
    if doc.lang in ("ar", "en"):
        return doc.lang
    letters = [c for c in doc.text[:2000] if c.isalpha()]
    arabic = sum(1 for c in letters if is_arabic(c))
    return "ar" if letters and arabic * 2 >= len(letters) else "en"


def extract(doc: Document) -> list[Mention]:
    """Tag ``doc.text`` sentence by sentence and return the names found.

    Sentences come from ``doc.sentences`` when set, else from
    :func:`kg.ner.tokenize.split_sentences`.  Each mention's ``score`` is the mean
    marginal probability of its tokens' labels; ``source`` is ``"ner"``;
    ``mention.text == doc.text[mention.start:mention.end]``.  Arabic mentions lose a
    leading conjunction or preposition (``وبوتين`` -> ``بوتين``) when the rest is a
    word the model's clusters know and the whole is no word of its own (``وسام``
    stays); ``norm`` is the normalised text.

    Raises:
        kg.errors.ModelError: the model for the document's language is missing.
    """
    from kg.ner import load
    lang = _lang_of(doc)
    tagger = load(lang)
    known = tagger.resources.clusters
    text = doc.text
    sentences = doc.sentences or split_sentences(text)
    ready = _PREPARED.pop((text, tuple(sentences)), None) if _PREPARED else None
    if ready is not None:  # the network already ran over this document with its chunk's others
        sent_spans, words, decoded = ready
        tagged = tagger.tag_document(words, decoded=decoded)
    else:
        sent_spans, words = _tokens(text, sentences)
        tagged = tagger.tag_document(words)
    out: list[Mention] = []
    for spans, tags in zip(sent_spans, tagged):
        labels = [y for y, _ in tags]
        taken = 0  # tokens before this index already belong to an emitted mention
        for label, i, j0 in chunks(labels):
            if i < taken:
                continue
            j = _join_hyphenated(text, spans, labels, j0) if label == "PER" else j0
            if lang == "ar" and label == "PER":
                j = _after_particle(text, spans, labels, j)
            taken = j
            if lang == "ar" and label == "PER":
                j = _drop_glued_tail(text, spans, i, j, known)
            start, end = spans[i][0], spans[j - 1][1]
            if lang == "ar":
                start = _trim(text, start, spans[i][1], known)
            mtext = text[start:end]
            score = sum(p for _, p in tags[i:j0]) / (j0 - i)
            norm = _norm(mtext) if lang == "ar" else mtext
            out.append(Mention(start, end, mtext, label=label, score=round(score, 4),
                               source="ner", norm=norm))
    return _split_known_people(_join_dotted(text, out)) if lang == "ar" else out


def _tokens(text: str, sentences: list[tuple[int, int]]) -> tuple[list[list[tuple[int, int]]], list[list[str]]]:
    """The tagger's tokens of each sentence with a token: their spans in ``text`` and their words."""
    sent_spans: list[list[tuple[int, int]]] = []
    for s_start, s_end in sentences:
        spans = [(s_start + a, s_start + b) for a, b in tokenize(text[s_start:s_end])]
        if spans:
            sent_spans.append(spans)
    return sent_spans, [[text[a:b] for a, b in spans] for spans in sent_spans]


#: Documents the network has already decoded together (:func:`prepare`), by their text and
#: sentence spans: the tagger's tokens of each sentence and its decoding, taken (and dropped)
#: by :func:`extract`.  At most :data:`PREPARED_MAX` documents; each :func:`prepare` empties it.
_PREPARED: dict[tuple[str, tuple[tuple[int, int], ...]], tuple[Any, Any, Any]] = {}
#: The most documents :func:`prepare` decodes together (a pool's chunk is 8).
PREPARED_MAX = 16


def prepare(docs: list[Document], sentences: Callable[[str], list[tuple[int, int]]] | None = None) -> int:
    """Run the NER network over the sentences of several documents at once
    (:meth:`kg.ner.tagger.Tagger.decode_many`), for :func:`extract` to take when it meets them:
    the same documents then cost the network about a fifth less CPU than one at a time
    (Arabic; a tagger without the network's document rules decodes nothing here).

    ``sentences``: the split the pipeline's ``sentences`` step will give the documents
    without ``doc.sentences`` before :func:`extract` runs; they are given it here (the step
    then has nothing to do).  None: they are split as :func:`extract` splits them, and left
    so.  A document whose text or sentences differ by the time :func:`extract` meets it is
    not found and is tagged alone.  Returns how many documents were decoded.

    Raises:
        kg.errors.ModelError: a model is missing (as :func:`extract` would).
    """
    from kg.ner import load

    _PREPARED.clear()
    split = sentences or split_sentences
    by_lang: dict[str, list[Document]] = {}
    for doc in docs[:PREPARED_MAX]:
        if doc.lang in ("ar", "en"):  # kg.pipeline tags no other language
            by_lang.setdefault(_lang_of(doc), []).append(doc)
    done = 0
    for lang, group in by_lang.items():
        tagger = load(lang)
        if not tagger.decodes_many:  # (English: a CRF) nothing to decode together
            continue
        keys: dict[tuple[str, tuple[tuple[int, int], ...]], None] = {}  # (a text twice: decoded once)
        for doc in group:
            if not doc.sentences and sentences is not None:
                doc.sentences = sentences(doc.text)  # as the pipeline's step will: it then splits nothing again
            keys[(doc.text, tuple(doc.sentences or split(doc.text)))] = None
        tokens = [_tokens(text, list(spans)) for text, spans in keys]
        decoded = tagger.decode_many([words for _, words in tokens])
        if decoded is None:
            continue
        for key, (sent_spans, words), dec in zip(keys, tokens, decoded):
            _PREPARED[key] = (sent_spans, words, dec)
        done += len(keys)
    return done


def forget() -> None:
    """Drop what :func:`prepare` decoded and :func:`extract` has not taken."""
    _PREPARED.clear()


def _split_known_people(found: list[Mention]) -> list[Mention]:
    """Two well-known people the tagger ran into one name: a verb's subject and object written
    side by side (``استقبل أردوغان نتنياهو``, ``التقى بوتين بكيم جونغ أون``), split where the
    words before are one listed person (:mod:`kg.resolve.known`) and the words after another
    (a one-letter proclitic before the second, ``بكيم``, stays outside it).  A name that is
    listed as a whole is kept, and so is one whose second part no list knows
    (``دونالد ترامب جونيور``).
    """
    from kg.resolve.known import lookup
    from kg.resolve.names import strip_name_clitic

    out: list[Mention] = []
    for m in found:
        out.append(m)
        if m.label != "PER" or " " not in m.text or lookup(m.text, "Person") is not None:
            continue
        words = [w.span() for w in re.finditer(r"\S+", m.text)]
        for k in range(1, len(words)):
            left, (a, b) = m.text[: words[k - 1][1]], words[k]
            if lookup(left, "Person") is None:
                continue
            if lookup(m.text[a:], "Person") is None:
                bare = strip_name_clitic(m.text[a:b])
                if bare is None or lookup(bare + m.text[b:], "Person") is None:
                    continue
                a += len(m.text[a:b]) - len(bare)
            out[-1:] = [
                Mention(m.start + s, m.start + e, m.text[s:e], label=m.label, score=m.score, source=m.source,
                        norm=_norm(m.text[s:e]))
                for s, e in ((0, len(left)), (a, len(m.text)))
            ]
            break
    return out


#: An Arabic acronym written letter by letter with dots: "إف.بي.آي" (FBI), "سي.بي.اس", "بي.دبليو.سي".
_DOTTED = re.compile(r"(?<![\w.])[\u0621-\u064a]{1,5}(?:\.[\u0621-\u064a]{1,5}){2,}(?![\w])")


def _join_dotted(text: str, found: list[Mention]) -> list[Mention]:
    """One mention for an acronym written with dots, whose pieces the tokeniser splits and the
    tagger tags one by one ("إف" ORG, "بي" ORG, "آي" O): the whole acronym, typed as its most
    confident piece, scored as their mean."""
    if "." not in text or not found:
        return found
    out = list(found)
    for acr in _DOTTED.finditer(text):
        a, b = acr.span()
        parts = [m for m in out if m.start < b and m.end > a]
        if not parts or any(m.start < a for m in parts):
            continue  # a span from before the acronym ("هاري روك لراديو دي"): the tagger's own error
        best = max(parts, key=lambda m: m.score)
        start, end = a, max(b, *(m.end for m in parts))
        mtext = text[start:end]
        joined = Mention(start, end, mtext, label=best.label, score=round(sum(m.score for m in parts) / len(parts), 4),
                         source="ner", norm=_norm(mtext))
        out = sorted([m for m in out if m not in parts] + [joined], key=lambda m: m.start)
    return out


def _join_hyphenated(text: str, spans: list[tuple[int, int]], labels: list[str], j: int) -> int:
    """Extend a person name over a glued hyphen: ``كيم جونغ- أون``, ``Jong-un``.

    Applies when the hyphen touches the name's last token and the token after it is
    short (a name syllable, at most 4 letters), outside any entity or an entity of
    its own one token long, ``B-`` or stray ``I-`` (which the person name then absorbs).
    """
    if j + 1 < len(spans) and text[spans[j][0]:spans[j][1]] == "-" and spans[j][0] == spans[j - 1][1]:
        nxt = text[spans[j + 1][0]:spans[j + 1][1]]
        # A stray I- tag (no B- before it) starts an entity too, as in the scoring conventions.
        alone = labels[j + 1] == "O" or (
            labels[j + 1][:2] in ("B-", "I-") and (j + 2 >= len(labels) or not labels[j + 2].startswith("I-"))
        )
        if alone and nxt.isalpha() and len(nxt) <= 4:
            return j + 2
    return j


#: Arabic name particles that never end a name: a word follows (``عبد الملك``, ``أبو مازن``,
#: ``أم كلثوم``, ``بن سلمان``, ``آل ثاني``), normalised.
_NEEDS_NEXT = frozenset({"عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "ال"})


def _after_particle(text: str, spans: list[tuple[int, int]], labels: list[str], j: int) -> int:
    """End of a person span that the tagger closed on a name particle (``عبد`` B-PER,
    ``الملك`` O): the particle's word joins it, when it is an Arabic word outside any
    other entity and no function word or verb (``وقال أبي في``: Abiy, then a preposition)."""
    if j >= len(spans) or labels[j] != "O" or normalize(text[spans[j - 1][0]:spans[j - 1][1]]) not in _NEEDS_NEXT:
        return j
    if spans[j][0] == spans[j - 1][1]:
        return j  # glued to the particle: punctuation or a hyphen
    nxt = text[spans[j][0]:spans[j][1]]
    from kg.resolve.nameness import closed_class

    if len(nxt) < 2 or not nxt.isalpha() or not is_arabic(nxt) or closed_class(nxt):
        return j
    return j + 1


def _trim(text: str, start: int, end: int, known: dict[str, tuple[str, ...]]) -> int:
    """Where a mention starts once a leading conjunction / preposition is cut off.

    A proclitic goes only when the rest is a word the clusters know (three letters or
    more) and the whole written word is no word of its own: either the clusters do not
    know it (``وكريفوروتشكو``), or they put it in a cluster of glued forms, one where
    most words are that proclitic + a known word (``وطهران`` and ``وبوتين`` sit with
    ``والرياض``; ``لروسيا`` with ``لبريطانيا``).  A word the clusters file with words or
    names of its own (``وسام``, a medal and the name Wissam; ``لجان``, committees;
    ``وليد``) keeps its first letter: it is not ``سام``, ``جان`` or ``ليد``.  Two
    proclitics (``وبموسكو``) go one after the other under the same rule.
    """
    glued = _glued_clusters(known)
    word = normalize(text[start:end])
    cut = 0
    while cut < 2:
        w = word[cut:]
        p, rest = w[:1], w[1:]
        if p not in _TRIM or not text.startswith(p, start + cut) or len(rest) < 3:
            break
        cluster = known.get(w)
        if cluster is not None and (not cluster or cluster[0] not in glued):
            break  # a word of its own: "وسام", "لجان"
        if rest in known:
            cut += 1
        elif cut == 0 and p in "وف" and rest[0] in "بلك" and len(rest) >= 4 and rest[1:] in known:
            cut += 2  # "وبموسكو": a conjunction and a preposition before a known word
        else:
            break
    return start + cut


def _drop_glued_tail(text: str, spans: list[tuple[int, int]], i: int, j: int,
                     known: dict[str, tuple[str, ...]]) -> int:
    """End of a person span without trailing words that are glued forms (a proclitic + a
    word: ``وأكد``, ``بالقاهرة``, ``لكسر``): the tagger ran into the next phrase; no name
    of a person ends with such a word.  A word after the first that the clusters do not
    know but that is ``ل``/``ب`` + a word they know (``لصيد``) ends the name before it.
    The first word always stays."""
    glued = _glued_clusters(known)
    for k in range(i + 1, j):  # "سلمان خان لصيد ظبي": a preposition + a known word unknown as a whole
        w = normalize(text[spans[k][0]:spans[k][1]])
        if w[:1] in "لب" and len(w) >= 4 and w not in known and w[1:] in known:
            j = k
            break
    while j - i >= 2:
        w = normalize(text[spans[j - 1][0]:spans[j - 1][1]])
        cluster = known.get(w)
        if not cluster or cluster[0] not in glued:
            break
        if not (w[:1] in _TRIM and len(w) >= 4 and w[1:] in known):
            # The word is not itself a proclitic + a known word: a name that shares a small
            # cluster with glued forms ("العاطي", "كلثوم", "عجرم", "روسيف") is no tail to drop.
            break
        j -= 1
    return j


#: A cluster is one of glued forms when at least this share of its words are a proclitic
#: + a word the clusters know (clusters of names and of common words: 0-15 %).
GLUED_SHARE = 0.4
_GLUED: dict[int, tuple[dict[str, tuple[str, ...]], frozenset[str]]] = {}


def _glued_clusters(known: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The ids of the clusters made mostly of words with a glued proclitic."""
    cached = _GLUED.get(id(known))
    if cached is not None and cached[0] is known:
        return cached[1]
    size: dict[str, int] = {}
    hits: dict[str, int] = {}
    for w, path in known.items():
        if not path:
            continue
        c = path[0]
        size[c] = size.get(c, 0) + 1
        if w[:1] in _TRIM and len(w) >= 4 and w[1:] in known:
            hits[c] = hits.get(c, 0) + 1
    result = frozenset(c for c, n in hits.items() if n >= GLUED_SHARE * size[c])
    _GLUED[id(known)] = (known, result)
    return result

"""Document -> NER mentions with exact character offsets."""
from __future__ import annotations

from kg.model import Document, Mention
from kg.ner.arabic import is_arabic, normalize
from kg.ner.scoring import chunks
from kg.ner.tokenize import split_sentences, tokenize

#: Proclitics trimmed off a mention's first word when the rest is a known word
#: (conjunctions and prepositions; the article stays: ``القاهرة``).
_TRIM = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


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
    word the model's clusters know; ``norm`` is the normalised text.

    Raises:
        kg.errors.ModelError: the model for the document's language is missing.
    """
    from kg.ner import load
    lang = _lang_of(doc)
    tagger = load(lang)
    known = tagger.resources.clusters
    text = doc.text
    sent_spans: list[list[tuple[int, int]]] = []
    for s_start, s_end in doc.sentences or split_sentences(text):
        spans = [(s_start + a, s_start + b) for a, b in tokenize(text[s_start:s_end])]
        if spans:
            sent_spans.append(spans)
    words = [[text[a:b] for a, b in spans] for spans in sent_spans]
    tagged = tagger.tag_document(words)
    out: list[Mention] = []
    for spans, tags in zip(sent_spans, tagged):
        labels = [y for y, _ in tags]
        taken = 0  # tokens before this index already belong to an emitted mention
        for label, i, j0 in chunks(labels):
            if i < taken:
                continue
            j = _join_hyphenated(text, spans, labels, j0) if label == "PER" else j0
            taken = j
            start, end = spans[i][0], spans[j - 1][1]
            if lang == "ar":
                start = _trim(text, start, spans[i][1], known)
            mtext = text[start:end]
            score = sum(p for _, p in tags[i:j0]) / (j0 - i)
            norm = " ".join(normalize(w) for w in mtext.split()) if lang == "ar" else mtext
            out.append(Mention(start, end, mtext, label=label, score=round(score, 4),
                               source="ner", norm=norm))
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


def _trim(text: str, start: int, end: int, known: dict[str, tuple[str, ...]]) -> int:
    """Where a mention starts once a leading conjunction / preposition is cut off.

    ``و``/``ف`` (and) go when the rest is a word the clusters know (``وطهران`` ->
    ``طهران``; ``واشنطن`` stays: ``اشنطن`` is unknown).  Prepositions (``ب``, ``ل``,
    ``ك``, with or without ``و``/``ف``) go only when the whole word is unknown.
    """
    word = normalize(text[start:end])
    for p in _TRIM:
        rest = word[len(p):]
        if not (text.startswith(p, start) and word.startswith(p) and len(rest) >= 3 and rest in known):
            continue
        if p in ("و", "ف") or word not in known:
            return start + len(p)
    return start

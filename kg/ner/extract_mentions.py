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
    out: list[Mention] = []
    for s_start, s_end in doc.sentences or split_sentences(text):
        spans = [(s_start + a, s_start + b) for a, b in tokenize(text[s_start:s_end])]
        if not spans:
            continue
        tagged = tagger.tag([text[a:b] for a, b in spans])
        for label, i, j in chunks([y for y, _ in tagged]):
            start, end = spans[i][0], spans[j - 1][1]
            if lang == "ar":
                start = _trim(text, start, spans[i][1], known)
            mtext = text[start:end]
            score = sum(p for _, p in tagged[i:j]) / (j - i)
            norm = " ".join(normalize(w) for w in mtext.split()) if lang == "ar" else mtext
            out.append(Mention(start, end, mtext, label=label, score=round(score, 4),
                               source="ner", norm=norm))
    return out


def _trim(text: str, start: int, end: int, known: dict[str, tuple[str, ...]]) -> int:
    word = normalize(text[start:end])
    if word in known:
        return start
    for p in _TRIM:
        rest = word[len(p):]
        if text.startswith(p, start) and word.startswith(p) and len(rest) >= 3 and rest in known:
            return start + len(p)
    return start

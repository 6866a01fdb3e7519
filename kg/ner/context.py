"""Document context for the second tagging pass.

The first pass tags each sentence alone.  The second pass adds, for every token,
what the first pass said about the *same word elsewhere in the document*: a name
tagged ``PER`` with confidence in one sentence is likely a person where it stands
alone in another (``قال بوتين`` ... ``بوتين``).  For each token the features are

* ``dT=X``: the entity type the word most often received elsewhere (by summed
  marginal probability), or ``dT=O`` when it was only ever outside entities;
* ``dB=X`` / ``dI=X``: whether it mostly began or continued that entity;
* ``dN=k``: how many other occurrences there were (capped at 3).

Occurrences in the same sentence at the same position are excluded, so a token
never votes for itself.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any


def document_features(
    words: Sequence[Sequence[str]],
    first_pass: Sequence[Sequence[tuple[str, float]]],
    key: Callable[[str], str],
    min_len: int = 2,
) -> list[list[list[str]]]:
    """Second-pass features for every token of a document.

    Args:
        words: the document's sentences as token lists.
        first_pass: the first pass's ``(label, marginal)`` per token.
        key: maps a token to the form occurrences are grouped by (normalised word).
        min_len: shorter keys (particles, punctuation) get no document features.

    Returns:
        Per sentence, per token, a list of feature strings (possibly empty).
    """
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    keys = [[key(t) for t in sent] for sent in words]
    for ks, tags in zip(keys, first_pass):
        for k, (label, p) in zip(ks, tags):
            if len(k) >= min_len:
                votes[k][label] += p
                votes[k]["#"] += 1
    out: list[list[list[str]]] = []
    for ks, tags in zip(keys, first_pass):
        sent_feats: list[list[str]] = []
        for k, (label, p) in zip(ks, tags):
            v = votes.get(k)
            if v is None or v["#"] <= 1:
                sent_feats.append([])
                continue
            other = dict(v)
            other[label] -= p
            other["#"] -= 1
            best_ent, best_p = "O", 0.0
            ent_total = 0.0
            for lab, q in other.items():
                if lab in ("#", "O"):
                    continue
                ent_total += q
                if q > best_p:
                    best_ent, best_p = lab, q
            feats = [f"dN={min(int(other['#']), 3)}"]
            if ent_total > other.get("O", 0.0) and best_p > 0:
                bio, _, kind = best_ent.partition("-")
                feats.append(f"dT={kind}")
                feats.append(f"d{bio}={kind}")
            else:
                feats.append("dT=O")
            sent_feats.append(feats)
        out.append(sent_feats)
    return out


def windows(n_sentences: int, size: int) -> list[range]:
    """Split ``n`` sentences into consecutive pseudo-documents of ``size`` sentences.

    ANERcorp and CoNLL-2003 (in the copies kg trains on) have no document breaks,
    so training and evaluation use fixed windows of neighbouring sentences.

    >>> windows(5, 2)
    [range(0, 2), range(2, 4), range(4, 5)]
    """
    return [range(s, min(s + size, n_sentences)) for s in range(0, n_sentences, size)]


def occurrence_features(
    words: Sequence[Sequence[str]],
    key: Callable[[str], str],
    context: Callable[[str], str],
    min_len: int = 3,
    top: int = 3,
) -> list[list[list[str]]]:
    """What surrounds the same word elsewhere in the document (no model needed).

    A name given in full with a title once (``الرئيس الروسي فلاديمير بوتين``) is often
    bare later (``وقال بوتين``); the bare token then gets the features of its
    other occurrences' neighbours: ``dp=<word before>`` and ``dn=<word after>``
    for the ``top`` most frequent ones, and ``dc=<k>`` (how many other occurrences,
    capped at 3).

    Args:
        words: the document's sentences as token lists.
        key: groups occurrences of a word (normalised form).
        context: the form neighbours are reported in.
        min_len: shorter keys get no features.
        top: how many neighbour words of each side to report.
    """
    from collections import Counter

    keys = [[key(t) for t in sent] for sent in words]
    ctx = [[context(t) for t in sent] for sent in words]
    before: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, Counter[str]] = defaultdict(Counter)
    count: Counter[str] = Counter()
    for ks, cs in zip(keys, ctx):
        for i, k in enumerate(ks):
            if len(k) < min_len:
                continue
            count[k] += 1
            before[k][cs[i - 1] if i > 0 else "<s>"] += 1
            after[k][cs[i + 1] if i + 1 < len(cs) else "</s>"] += 1
    out: list[list[list[str]]] = []
    for ks, cs in zip(keys, ctx):
        sent_feats: list[list[str]] = []
        for i, k in enumerate(ks):
            if len(k) < min_len or count[k] <= 1:
                sent_feats.append([])
                continue
            own_b = cs[i - 1] if i > 0 else "<s>"
            own_a = cs[i + 1] if i + 1 < len(cs) else "</s>"
            b = before[k].copy()
            b[own_b] -= 1
            a = after[k].copy()
            a[own_a] -= 1
            feats = [f"dc={min(count[k] - 1, 3)}"]
            feats.extend(f"dp={w}" for w, c in b.most_common(top) if c > 0 and w != own_b)
            feats.extend(f"dn={w}" for w, c in a.most_common(top) if c > 0 and w != own_a)
            sent_feats.append(feats)
        out.append(sent_feats)
    return out


def harmonize(
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[tuple[str, float]]],
    key: Callable[[str], str],
    surnames: bool = True,
) -> list[list[tuple[str, float]]]:
    """Give every occurrence of the same name in a document the same type.

    Entities are grouped by their normalised text; each group's type is the one
    with the largest summed confidence (mean token marginal) over the document,
    and entities of another type are relabelled to it (their boundaries stay).
    A full person name also votes for its last word alone (``أليكسي كريفوروتشكو``
    makes a lone ``كريفوروتشكو`` a person).  A name tagged ``PER`` with confidence
    three times and ``LOC`` once, weakly, becomes ``PER`` everywhere.  With
    ``surnames=False`` a full name votes for itself only (``عبد الله`` and ``نصر الله`` then do
    not make a lone ``الله`` a person).

    Returns:
        The tagged sentences with relabelled entities (new lists).
    """
    from kg.ner.scoring import chunks

    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    found: list[list[tuple[str, int, int, str]]] = []
    for sent, tags in zip(words, tagged):
        ents = []
        for kind, i, j in chunks([y for y, _ in tags]):
            name = " ".join(key(t) for t in sent[i:j])
            conf = sum(p for _, p in tags[i:j]) / (j - i)
            votes[name][kind] += conf
            if surnames and j - i > 1 and kind == "PER":
                # A full name also votes for its last part standing alone (the surname).
                votes[key(sent[j - 1])][kind] += conf
            ents.append((kind, i, j, name))
        found.append(ents)
    out: list[list[tuple[str, float]]] = []
    for tags, ents in zip(tagged, found):
        new = list(tags)
        for kind, i, j, name in ents:
            best = max(votes[name].items(), key=lambda kv: kv[1])[0]
            if best != kind:
                new[i:j] = [(("B-" if k == i else "I-") + best, p) for k, (_, p) in zip(range(i, j), tags[i:j])]
        out.append(new)
    return out


def _untagged(tags: Sequence[tuple[str, float]], i: int, j: int, kind: str, partial: bool) -> bool:
    """Whether tokens ``i:j`` are outside any name (or, with ``partial``, hold only parts of
    names of type ``kind`` that lie wholly inside them, without being exactly one)."""
    labels = [y for y, _ in tags[i:j]]
    if all(y == "O" for y in labels):
        return True
    if not partial or any(y != "O" and y[2:] != kind for y in labels):
        return False
    inside_start = labels[0] == "I-" + kind and i > 0 and tags[i - 1][0][2:] == kind
    runs_on = j < len(tags) and tags[j][0] == "I-" + kind
    exact = labels[0] == "B-" + kind and all(y == "I-" + kind for y in labels[1:])
    return not (inside_start or runs_on or exact)


@lru_cache(maxsize=50_000)
def _has_article(token: str) -> bool:
    """Whether an Arabic word carries the article after its proclitics (``الجمعة``,
    ``بالأهلي``, ``للأهلي``): a name written without it (``جمعة``) is not repeated by it."""
    from kg.ner.arabic import normalize, split_proclitic

    prefix = split_proclitic(normalize(token))[0]
    return prefix.endswith(("ال", "لل"))


#: Words starting with these letters (Arabic conjunctions) never continue the name before them.
_CONJUNCTIONS = ("و", "ف")


def repeats_to_tag(
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[tuple[str, float]]],
    key: Callable[[str], str],
    threshold: float = 0.9,
    surnames: bool = True,
    types: Sequence[str] = ("PER", "ORG", "LOC", "MISC"),
    min_len: int = 3,
    partial: bool = False,
    article: bool = False,
) -> list[list[tuple[int, int, str, float, bool]]]:
    """Untagged repeats of names the tagger found with confidence elsewhere in the document.

    A name tagged once with confidence (mean token marginal >= ``threshold``) is
    looked for everywhere else in the document, by its normalised words
    (:func:`kg.features.doc_key`: ``وبوتين`` repeats ``بوتين``); every repeat whose
    tokens are all outside any entity is returned, with the name's type.  With
    ``surnames``, a confident full person name (two words or more) also makes its
    last word alone (``كريفوروتشكو`` after ``أليكسي كريفوروتشكو``) and, for three
    words or more, its first and last words (``هوشيار زيباري`` after ``هوشيار
    محمود زيباري``) names of the same person.  One-word names need a key of
    ``min_len`` characters or more (no particles).  Where names overlap, the longest
    one starting first wins; a name the document tags with several types counts
    for the type of its largest summed confidence.  With ``article``, a repeat must be
    written with the article where the name is, word by word (``جمعة`` is a name,
    ``الجمعة`` Friday).  With ``partial``, a repeat that
    is tagged in part (``دبليو دبليو`` of ``دبليو دبليو إي``), by names of its type lying wholly
    inside it, counts as untagged too (its span is repaired).

    Returns:
        Per sentence, the spans ``(start, end, type, confidence, joins)`` to tag
        (``end`` exclusive; the confidence is the best of the name's confident
        occurrences; ``joins``: the word before is tagged as a name of the same type
        and the repeat does not start with a conjunction (``و``, ``ف``), so it may
        continue that name: ``سلمان العودة`` when only ``سلمان`` was found).
    """
    from kg.ner.scoring import chunks

    cache: dict[str, str] = {}

    def k(token: str) -> str:
        v = cache.get(token)
        if v is None:
            v = cache[token] = key(token)
        return v

    def sig(tokens: Sequence[str]) -> tuple[bool, ...]:
        return tuple(_has_article(t) for t in tokens)

    votes: dict[tuple[str, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    best: dict[tuple[tuple[str, ...], str], float] = {}
    #: How each name was written: with or without the article, word by word.
    written: dict[tuple[str, ...], set[tuple[bool, ...]]] = defaultdict(set)
    for sent, tags in zip(words, tagged):
        for kind, i, j in chunks([y for y, _ in tags]):
            conf = sum(p for _, p in tags[i:j]) / (j - i)
            if kind not in types or conf < threshold:
                continue
            name = tuple(k(t) for t in sent[i:j])
            art = sig(sent[i:j])
            forms = [(name, art)]
            if surnames and kind == "PER" and j - i >= 2:
                forms.append((name[-1:], art[-1:]))
                if j - i >= 3:
                    forms.append(((name[0], name[-1]), (art[0], art[-1])))
            for form, a in forms:
                if all(form) and (len(form) > 1 or len(form[0]) >= min_len):
                    votes[form][kind] += conf
                    best[form, kind] = max(best.get((form, kind), 0.0), conf)
                    written[form].add(a)
    names = {form: max(v.items(), key=lambda kv: kv[1])[0] for form, v in votes.items()}
    #: The lengths of the names starting with each word, longest first.
    starts: dict[str, list[int]] = defaultdict(list)
    for form in names:
        starts[form[0]].append(len(form))
    for lengths in starts.values():
        lengths.sort(reverse=True)
    out: list[list[tuple[int, int, str, float, bool]]] = []
    for sent, tags in zip(words, tagged):
        spans: list[tuple[int, int, str, float, bool]] = []
        ks = [cache[t] if t in cache else k(t) for t in sent] if names else []
        i = 0
        while i < len(ks):
            for n in starts.get(ks[i], ()):
                if i + n > len(ks):
                    continue
                form = tuple(ks[i:i + n])
                kind = names.get(form)
                if (kind is not None and (not article or sig(sent[i:i + n]) in written[form])
                        and _untagged(tags, i, i + n, kind, partial)):
                    joins = i > 0 and tags[i - 1][0][2:] == kind and not sent[i].startswith(_CONJUNCTIONS)
                    spans.append((i, i + n, kind, best[form, kind], joins))
                    i += n
                    break
            else:
                i += 1
        out.append(spans)
    return out


def forced_viterbi(
    scores: Any, trans: Any, start: Any, end: Any,
    spans: Sequence[tuple[int, int, str, float, bool]], labels: Sequence[str], penalty: float = float("inf"),
) -> list[int]:
    """The CRF's best label path of one sentence with the given spans made names.

    Each span ``(i, j, X, _, joins)`` may only be labelled ``B-X`` at ``i`` (or
    ``I-X`` too when ``joins``: it may continue the name before it; otherwise never:
    ``لافروف وبولتون`` are two people) and ``I-X`` after it; the rest of the sentence,
    the span's right edge included, is decoded as usual, so the words after it may join
    the name.  A finite ``penalty`` is subtracted from the other
    labels' emission scores instead of forbidding them (a soft preference).

    Args:
        scores: ``(T, L)`` emission scores; ``trans``, ``start``, ``end``: the CRF's.
        labels: the label names in score order.
    """
    import numpy as np

    from kg.ner.neural import viterbi

    s = np.array(scores, dtype=np.float64)
    pen = 1e9 if penalty == float("inf") else penalty
    for i, j, kind, _, joins in spans:
        first = [k for k, y in enumerate(labels) if y == f"B-{kind}" or (joins and y == f"I-{kind}")]
        inside = [k for k, y in enumerate(labels) if y == f"I-{kind}"]
        for t in range(i, j):
            keep = np.zeros(len(labels), dtype=bool)
            keep[first if t == i else inside] = True
            s[t, ~keep] -= pen
    return viterbi(s, trans, start, end)


def _labelled(labels: Sequence[str], probs: Any, path: Sequence[int]) -> list[tuple[str, float]]:
    """``(label, its marginal probability)`` per token of a label path (``probs``: ``(T, L)``)."""
    import numpy as np

    ys = np.asarray(path, dtype=np.intp)
    return list(zip([labels[y] for y in ys.tolist()], probs[np.arange(len(ys)), ys].tolist()))


def decode_document(
    words: Sequence[Sequence[str]],
    scores: Sequence[Any],
    probs: Sequence[Any],
    paths: Sequence[Sequence[int]],
    crf: tuple[Any, Any, Any],
    labels: Sequence[str],
    key: Callable[[str], str],
    harmonise: bool = True,
    propagate: dict[str, Any] | None = None,
    pool: dict[str, Any] | None = None,
    split: Callable[[str], bool] | None = None,
    titles: dict[str, Any] | None = None,
    trim: bool = False,
    reapply: bool = False,
    surnames: bool = True,
) -> list[list[tuple[str, float]]]:
    """A document's labels from its sentences' first-pass decoding, then document rules.

    1. The first pass: each sentence's best path (``paths``) with its labels' marginals.
    2. With ``harmonise``, :func:`harmonize` (one type per repeated name).
    3. With ``propagate`` (keyword arguments of :func:`repeats_to_tag`, plus
       ``"penalty"`` for :func:`forced_viterbi` and ``"mode"``: ``"viterbi"``, the
       default, or ``"overwrite"``), the untagged repeats of confidently found names
       become names: the sentences holding one are decoded again with the repeat
       forced (``"viterbi"``: the neighbours may change too) or the repeat's labels
       are simply overwritten.  A forced token's probability is the confidence of the
       occurrence it copies; then :func:`harmonize` runs again.

    With ``split``, :func:`split_conjoined` runs before step 2, and with ``titles``
    (keyword arguments of :func:`quoted_titles`; ``{}`` for its defaults, ``None`` for
    none), quoted titles after a word naming a work become ``MISC`` after it; with
    ``trim``, titles and verbs leave person names' edges (:func:`trim_person_edges`).
    A sentence decoded again in step 3 takes the network's path outside the forced
    repeats, which undoes those three rules' edits in it; with ``reapply`` they run
    again on it (``ومعالي محمد بن عيسى`` trimmed, then re-decoded whole, is trimmed again).
    ``surnames``: whether a full person name votes for its last word in :func:`harmonize`.

    Args:
        scores: per sentence, the ``(T, L)`` decoding scores (a CRF's emissions).
        probs: per sentence, the ``(T, L)`` marginal probabilities.
        paths: per sentence, the first pass's label ids.
        crf: the ``(transitions, start, end)`` scores of the decoder.
    """
    if pool:
        probs, paths = pool_marginals(words, probs, paths, key, scores=scores, crf=crf, **pool)
    tagged = [_labelled(labels, pr, path[: len(w)]) for w, pr, path in zip(words, probs, paths)]

    def rules(ws: Sequence[Sequence[str]], tg: list[list[tuple[str, float]]]) -> list[list[tuple[str, float]]]:
        if split is not None:
            tg = split_conjoined(ws, tg, split)
        if titles is not None:
            tg = quoted_titles(ws, tg, **titles)
        if trim:
            tg = trim_person_edges(ws, tg, key)
        return tg

    tagged = rules(words, tagged)
    if harmonise:
        tagged = harmonize(words, tagged, key, surnames)
    if not propagate:
        return tagged
    opts = dict(propagate)
    mode = opts.pop("mode", "viterbi")
    penalty = float(opts.pop("penalty", float("inf")))
    todo = repeats_to_tag(words, tagged, key, **opts)
    changed = False
    for s, spans in enumerate(todo):
        if not spans:
            continue
        changed = True
        forced = {t: conf for i, j, _, conf, _ in spans for t in range(i, j)}
        if mode == "overwrite":
            new = list(tagged[s])
            for i, j, kind, conf, joins in spans:
                new[i:j] = [(("B-" if t == i and not joins else "I-") + kind, conf) for t in range(i, j)]
            tagged[s] = new
            continue
        n = len(words[s])
        path = forced_viterbi(scores[s][:n], *crf, spans, labels, penalty)
        tagged[s] = [(labels[y], forced.get(t, float(probs[s][t, y]))) for t, y in enumerate(path)]
        if reapply:
            tagged[s] = rules([words[s]], [tagged[s]])[0]
    if changed and harmonise:
        tagged = harmonize(words, tagged, key, surnames)
    return tagged


def pool_marginals(
    words: Sequence[Sequence[str]],
    probs: Sequence[Any],
    paths: Sequence[Any],
    key: Callable[[str], str],
    weight: float = 0.5,
    min_len: int = 3,
    everywhere: bool = False,
    scores: Sequence[Any] | None = None,
    crf: tuple[Any, Any, Any] | None = None,
    posterior: bool = False,
) -> tuple[list[Any], list[Any]]:
    """Mix each repeated word's label marginals with their mean over the document.

    A word met several times in a document (same :func:`kg.ner.features.doc_key`,
    ``min_len`` characters or more) gets ``(1 - weight) * own + weight * mean`` of its
    occurrences' marginals, so an unseen name the network half-believes in four times
    (``إيساف``) is believed everywhere, and a lone doubtful reading is pulled back.
    Sentences holding such a word are decoded again: by the CRF (``scores``, ``crf``)
    with each pooled token's emissions shifted by ``log(pooled) - log(own)``, or, with
    ``posterior`` (or without ``crf``), as the best valid BIO path of the pooled
    marginals (:func:`kg.ner.neural.decode_marginals`); with ``everywhere``, every
    sentence is.

    Returns:
        The new marginals and paths (the other sentences' are the same objects).
    """
    import numpy as np

    from kg.ner.neural import LABELS, decode_marginals

    keys = [[key(t) for t in sent] for sent in words]
    total: dict[str, Any] = {}
    count: dict[str, int] = defaultdict(int)
    for ks, pr in zip(keys, probs):
        for t, k in enumerate(ks):
            if len(k) >= min_len:
                total[k] = total[k] + pr[t] if k in total else pr[t].copy()
                count[k] += 1
    new_probs, new_paths = list(probs), list(paths)
    for s, (ks, pr) in enumerate(zip(keys, probs)):
        rep = [t for t, k in enumerate(ks) if count.get(k, 0) > 1]
        if not rep and not everywhere:
            continue
        q = np.array(pr, dtype=np.float64)
        for t in rep:
            q[t] = (1 - weight) * q[t] + weight * total[ks[t]] / count[ks[t]]
        new_probs[s] = q
        if len(q) and scores is not None and crf is not None and not posterior:
            from kg.ner.neural import viterbi

            em = np.array(scores[s][: len(q)], dtype=np.float64)
            em += np.log(np.maximum(q, 1e-12)) - np.log(np.maximum(np.asarray(pr, dtype=np.float64), 1e-12))
            new_paths[s] = np.array(viterbi(em, *crf))
        elif len(q):
            idx = {lab: i for i, lab in enumerate(LABELS)}
            new_paths[s] = np.array([idx[y] for y, _ in decode_marginals(q)])
    return new_probs, new_paths


def split_conjoined(
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[tuple[str, float]]],
    conjoined: Callable[[str], bool],
    types: Sequence[str] = ("PER", "LOC", "ORG"),
) -> list[list[tuple[str, float]]]:
    """Split names joined by a conjunction: ``طالبان والقاعدة`` -> ``طالبان`` + ``والقاعدة``.

    A word inside a name (not its first) for which ``conjoined`` holds (``و`` glued to
    a word) starts a new name of the same type.
    """
    from kg.ner.scoring import chunks

    out = []
    for sent, tags in zip(words, tagged):
        new = list(tags)
        for kind, i, j in chunks([y for y, _ in tags]):
            if kind not in types:
                continue
            for t in range(i + 1, j):
                if conjoined(sent[t]):
                    new[t] = ("B-" + kind, new[t][1])
        out.append(new)
    return out


def conjunction_test(known: dict[str, Any]) -> Callable[[str], bool]:
    """Whether an Arabic word is ``و`` glued to a word the clusters ``known`` know
    (``والقاعدة``, ``وموناكو``), and not a word of its own: the whole is unknown to
    them, or in a cluster of glued forms (``وايت``, ``ولد`` stay whole)."""
    from kg.ner.arabic import normalize
    from kg.ner.extract_mentions import _glued_clusters

    glued = _glued_clusters(known)

    def test(token: str) -> bool:
        w = normalize(token)
        if not w.startswith("و") or len(w) < 4 or w[1:] not in known:
            return False
        cluster = known.get(w)
        return cluster is None or (bool(cluster) and cluster[0] in glued)

    return test


#: Quotation marks that open a title, with the mark that closes it.
_QUOTES = {"«": "»", '"': '"', "“": "”"}
#: Words naming a work whose title follows in quotes (normalised, proclitics off):
#: ANERcorp tags such titles ``MISC`` (``برنامج « نجم الخليج »``, ``فيلم « حلم »``,
#: ``رواية " الكرنك "``); series (``مسلسل``), books and newspapers are left out (their
#: titles are mostly ``O`` or ``ORG`` in the training part).
TITLE_CUES = ("برنامج", "فيلم", "روايه", "مسرحيه")


def quoted_titles(
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[tuple[str, float]]],
    cues: Sequence[str] = TITLE_CUES,
    max_len: int = 5,
    override: bool = False,
    confidence: float = 0.9,
) -> list[list[tuple[str, float]]]:
    """Titles in quotes after a word naming a work become ``MISC``:
    ``برنامج « الناس وأنا »``, ``فيلمها " حلم "``, also with ``بعنوان`` between
    (``برنامجا بعنوان « حكايات »``).

    The cue is matched by its start on its normalised form, with or without proclitics
    (``برنامجها``, ``لفيلم``; ``برنامج`` itself is not split as ``ب`` + ``رنامج``); the title is 1 to ``max_len`` words between an opening
    mark and its closing one.  A title whose words are all ``O`` is relabelled; with
    ``override``, a title the tagger tagged otherwise, in part or whole, is too.
    """
    from kg.ner.arabic import normalize, split_proclitic

    cues = tuple(cues)
    out = []
    for sent, tags in zip(words, tagged):
        new = list(tags)
        if not any(w in _QUOTES for w in sent):
            out.append(new)
            continue
        for q, w in enumerate(sent):
            close = _QUOTES.get(w)
            if close is None or q == 0:
                continue
            c = q - 1
            if normalize(sent[c]) == "بعنوان" and c > 0:
                c -= 1
            cue = normalize(sent[c])
            if not (cue.startswith(cues) or split_proclitic(cue)[1].startswith(cues)):
                continue
            end = next((e for e in range(q + 1, min(len(sent), q + max_len + 2)) if sent[e] == close), None)
            if end is None or end == q + 1:
                continue
            labels = [y for y, _ in new[q + 1:end]]
            if not override and any(y != "O" for y in labels):
                continue
            if end < len(sent) and new[end][0].startswith("I-"):
                continue
            new[q + 1:end] = [(("B-" if t == q + 1 else "I-") + "MISC", confidence) for t in range(q + 1, end)]
        out.append(new)
    return out


#: Words that stand before a person's name but are not part of it in ANERcorp (titles,
#: ranks, roles; normalised, article and proclitics off): ``للحارس كيم`` is ``كيم``.
EDGE_TITLES = (
    "رييس", "رييسه", "سيد", "سيده", "شيخ", "دكتور", "ملك", "امير", "عاهل", "حارس", "لاعب", "مدرب",
    "وزير", "وزيره", "زعيم", "نجم", "مهاجم", "قايد", "سفير", "نايب", "مستشار", "مبعوث", "مدير",
    "متحدث", "ناطق", "فنان", "فنانه", "كاتب", "مخرج", "جنرال",
)
#: Verbs of saying and acting that a name often stands next to (normalised, as written
#: and with proclitics off): ``فايزة أبوالنجا أناب`` is ``فايزة أبوالنجا``.
EDGE_VERBS = (
    "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "يقول", "تقول", "اوضح", "اوضحت", "اشار", "اشارت",
    "رفض", "رفضت", "دعا", "سافر", "اناب", "اعلن", "اعلنت", "كشف", "كشفت", "زار", "زارت", "التقي",
)


def trim_person_edges(
    words: Sequence[Sequence[str]],
    tagged: Sequence[Sequence[tuple[str, float]]],
    key: Callable[[str], str],
    titles: Sequence[str] = EDGE_TITLES,
    verbs: Sequence[str] = EDGE_VERBS,
) -> list[list[tuple[str, float]]]:
    """Title words and verbs at a person name's edges leave it: ``للحارس كيم`` -> ``كيم``,
    ``سافر ترامب`` -> ``ترامب``, ``فايزة أبوالنجا أناب`` -> ``فايزة أبوالنجا``.

    A ``PER`` name of two words or more loses its first word when that word is a title
    (:data:`EDGE_TITLES`, written with the article or a proclitic: bare ``شيخ`` and
    ``سيد`` start names) or a verb (:data:`EDGE_VERBS`), and its last word when that is
    a verb; a verb is matched by its normalised form as written or with proclitics off
    (``key``), a title with them off.  A name is never emptied.
    """
    from kg.ner.arabic import normalize
    from kg.ner.scoring import chunks

    titles_set = set(titles)
    last_words = set(verbs)

    def hit(token: str, lexicon: set[str]) -> bool:
        return normalize(token) in lexicon or key(token) in lexicon

    def title(token: str) -> bool:
        # A title carries the article or a proclitic (``الشيخ``, ``للحارس``): bare, it may
        # be a name (``شيخ شريف شيخ أحمد``, ``سيد محمد خاتمي``).
        k = key(token)
        return k in titles_set and normalize(token) != k

    out = []
    for sent, tags in zip(words, tagged):
        new = list(tags)
        labels = [y for y, _ in tags]
        if "I-PER" not in labels:
            out.append(new)
            continue
        for kind, i, j in chunks(labels):
            if kind != "PER" or j - i < 2:
                continue
            if title(sent[i]) or hit(sent[i], last_words):
                new[i] = ("O", new[i][1])
                new[i + 1] = ("B-PER", new[i + 1][1])
                i += 1
            if j - i >= 2 and hit(sent[j - 1], last_words):
                new[j - 1] = ("O", new[j - 1][1])
        out.append(new)
    return out

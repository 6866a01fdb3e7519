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
) -> list[list[tuple[str, float]]]:
    """Give every occurrence of the same name in a document the same type.

    Entities are grouped by their normalised text; each group's type is the one
    with the largest summed confidence (mean token marginal) over the document,
    and entities of another type are relabelled to it (their boundaries stay).
    A full person name also votes for its last word alone (``أليكسي كريفوروتشكو``
    makes a lone ``كريفوروتشكو`` a person).  A name tagged ``PER`` with confidence
    three times and ``LOC`` once, weakly, becomes ``PER`` everywhere.

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
            if j - i > 1 and kind == "PER":
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

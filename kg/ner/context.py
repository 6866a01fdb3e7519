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

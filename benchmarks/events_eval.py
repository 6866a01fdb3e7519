"""PLOVER category precision / recall / F1 of kg's event extraction on the gold sets.

    python benchmarks/events_eval.py [--shared /work/shared/data] [--split test|dev|all] [--ner none|crf]

Each gold sentence becomes a Document (date from the record) and runs through
kg's pipeline (sentences, mentions, resolution, events).  A sentence's predicted
categories are those of its events with modality "asserted" (planned,
hypothetical and negated events state no act; a negated cooperative act
(AGREE/CONSULT/SUPPORT/COOPERATE/AID) counts as REJECT, as PLOVER codes it).
Scores are micro-averaged over (sentence, category) pairs, and per category.

* Arabic UniversalPetrarch GSR: only ASSAULT and PROTEST are annotated, so only
  those two categories are scored (as UniversalPetrarch's own validation does).
* PETRARCH2 English: all 16 categories; gold CAMEO codes mapped to PLOVER
  (CAMEO 01/02 have no PLOVER category, so such sentences expect no event; for an
  02 appeal REQUEST is optional, as in the CAMEO-examples scorer:
  ``events_gold.appeal_optional``).
* PLOVER GSR: one gold category per example; "primary" scores only the event
  kg flags as the sentence's main one (``attrs["main"]``: the first asserted
  finite-verb event of the first sentence).
* BBC dev (``--only bbc``): kg's own labels on 90 BBC News sentences
  (``events_bbc_dev.tsv``); a predicted category that is only "optional" there
  is not counted; agent and target of the labelled event are scored too.  A
  dev set: it is never run with ``--split test``.
* BBC held-out (``--only bbcheld``): 100 more BBC sentences labelled the same way
  (``events_bbc_heldout.tsv``); scored once as a test set in the second round, it
  has been dev data since (its errors were read): it runs with ``--split dev``.
* BBC fresh (``--only bbcfresh``): 100 more, drawn and labelled before the third
  round changed any code (``events_bbc_fresh.tsv``); scored as a test set in the
  third round, dev data since the fourth (``--split dev``).  It also labels events
  mentioned but not asserted (planned, hypothetical, negated), counted as found
  when kg has an event of that category with that modality (or any non-asserted one).
* BBC second fresh set (``--only bbcfresh2``): 100 more, drawn and labelled before
  the fourth round changed any code (``events_bbc_fresh2.tsv``), run only with
  ``--split test``; its errors are never printed.
* BBC third fresh set (``--only bbcfresh3``): 60 more, drawn and labelled before the
  eighth session's English role changes ran on them (``events_bbc_fresh3.tsv``), run
  only with ``--split test``; its errors are never printed.
* BBC fourth fresh set (``--only bbcfresh4``): 350 sentences of BBC articles no earlier set or sample
  used, 71 of them asserting an event, drawn and labelled before the tenth session's English typing
  changes ran on them (``events_bbc_fresh4.tsv``), run only with ``--split test``; its errors are never
  printed.
* ANT Arabic dev (``--only ant``): kg's own labels on 100 Arabic news sentences of
  the full ANT corpus outside the 3,000-article sample (``events_ant_dev.tsv``,
  seventh session), labelled like the fresh BBC sets (unasserted events too); a
  dev set, run unless ``--split test``.  Roles: a gold agent / target is found when
  a name of an agent / target of an asserted event of a gold category contains it or
  is contained in it, after Arabic normalisation (``kg.text.arabic.normalize``:
  alef / yaa / taa marbuta forms, diacritics); a label starting with ``*`` is a
  common noun (counted apart, as the English lower-case ones).
* ANT Arabic held-out (``--only antheld``): 100 more, another seed, labelled before
  the seventh session's round changed any code (``events_ant_heldout.tsv``); scored
  as a test set in that round, a second dev set since the eighth (``--split dev``).
* ANT Arabic fresh (``--only antfresh``): 100 more, a third seed, drawn and labelled
  before the eighth session's round changed any code (``events_ant_fresh.tsv``); run
  only with ``--split test``, its errors never printed.

``--split test`` (the default) leaves out the ~20% dev part (by id hash) that was
used to look at errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events_gold import (  # noqa: E402
    BBC_FRESH,
    BBC_FRESH2,
    BBC_FRESH3,
    BBC_FRESH4,
    BBC_HELDOUT,
    ANT_FRESH,
    ANT_HELDOUT,
    ant_sentences,
    GoldSentence,
    arabic_gsr,
    bbc_dev,
    cameo_examples,
    load_cameo2plover,
    petrarch2_gsr,
    plover_gsr,
)

from kg.model import ASSERTED, NEGATED, Document  # noqa: E402

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}


def predict(gs: GoldSentence, ner: str, roles: Counter[str] | None = None) -> tuple[set[str], str | None]:
    """Predicted categories of one sentence and the primary (most confident) one.

    With ``roles``, also counts whether the gold agent / target (``gs.agent``,
    ``gs.target``) is an agent / target of an asserted event of a gold category.
    """
    from kg.pipeline import process

    doc = process(Document(id=gs.id, text=gs.text, lang=gs.lang, date=gs.date), ner=ner)
    if roles is not None:
        count_roles(gs, doc, roles)
        for cat, mod in gs.unasserted:
            roles["unasserted labelled"] += 1
            mods = {e.modality for e in doc.events if e.category == cat}
            roles["unasserted found, same modality"] += mod in mods
            roles["unasserted found, not asserted"] += bool(mods - {ASSERTED})
    cats: set[str] = set()
    main: str | None = None
    for ev in doc.events:
        if ev.modality == ASSERTED:
            cat = ev.category
        elif ev.modality == NEGATED and ev.category in COOPERATIVE:
            cat = "REJECT"
        else:
            continue
        cats.add(cat)
        if ev.attrs.get("main") and main is None:
            main = cat
    return cats, main


def _names(doc: Document, keys: list[str]) -> list[str]:
    out = []
    for k in keys:
        ent = doc.entities.get(k)
        if ent is not None:
            out += [m.text.lower() for m in ent.mentions] + [v.lower() for v in ent.labels.values()]
        out.append(k.rsplit("/", 1)[-1].replace("-", " ").lower())
    return out


#: ``--roles``: print the English labelled roles kg misses (dev sets only)
SHOW_ROLES = False

_PRONOUNS = frozenset("he she they it we i you".split())


def count_roles(gs: GoldSentence, doc: Document, roles: Counter[str]) -> None:
    """Agent / target hits of the labelled event (matched by overlapping text)."""
    events = [e for e in doc.events if e.modality == ASSERTED and e.category in gs.categories]
    for role in ("agent", "target"):
        label = getattr(gs, role)
        gold = label.lower()
        if not gold:
            continue
        if gs.lang == "ar":
            from kg.text.arabic import normalize

            # Arabic has no capitals: the labels mark common nouns with a leading "*"
            kind = "common" if label.startswith("*") else "named"
            label = label.lstrip("*")
            gold = normalize(label)
        else:
            # kg's roles hold named entities: "the department", "He" can never be found
            kind = "named" if label[:1].isupper() and gold not in _PRONOUNS else "common"
        roles[f"{role} {kind} labelled"] += 1
        keys = [k for e in events for k in getattr(e, role)]
        names = _names(doc, keys)
        if gs.lang == "ar":
            names = [normalize(n) for n in names]
        state = capital_state(label)
        hit = any(n and (n in gold or gold in n) for n in names) or (state is not None and state in keys)
        if hit:
            roles[f"{role} {kind} found"] += 1
        elif keys:
            roles[f"{role} {kind} wrong"] += 1  # a role filled, none of it the gold one
        if SHOW_ROLES and gs.lang == "en" and not hit:
            shown = sorted({k.rsplit("/", 1)[-1] for k in keys})
            state = "WRONG" if keys else ("EMPTY" if events else "NOEVENT")
            print(f"ROLE {gs.id} {role} {state} gold={label!r} pred={shown} :: {gs.text[:220]}")


def capital_state(label: str) -> str | None:
    """The state a capital named by a gold role stands for: kg keys an acting capital
    as its country (``kg.events.metonymy``), so "Beirut" is found as ``country/LB``.

    >>> capital_state("Beirut"), capital_state("Aleppo"), capital_state("Lebanon")
    ('country/LB', None, None)
    """
    from kg.resolve.places import capitals, find_place

    place = find_place(label) if label else None
    if place is None or place[0] != "City":
        return None
    return capitals().get(f"city/{place[1]}")


def score(
    pairs: list[tuple[set[str], set[str]]], only: set[str] | None = None
) -> dict[str, tuple[int, int, int]]:
    """tp / fp / fn per category and 'ALL'."""
    out: dict[str, Counter[str]] = {}
    tot: Counter[str] = Counter()
    for gold, pred in pairs:
        if only is not None:
            gold, pred = gold & only, pred & only
        for c in gold | pred:
            k = out.setdefault(c, Counter())
            if c in gold and c in pred:
                k["tp"] += 1
                tot["tp"] += 1
            elif c in pred:
                k["fp"] += 1
                tot["fp"] += 1
            else:
                k["fn"] += 1
                tot["fn"] += 1
    res = {c: (v["tp"], v["fp"], v["fn"]) for c, v in sorted(out.items())}
    res["ALL"] = (tot["tp"], tot["fp"], tot["fn"])
    return res


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(name: str, table: dict[str, tuple[int, int, int]], n: int) -> None:
    print(f"\n### {name} ({n} sentences)\n")
    print("| category | P | R | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
    for c, (tp, fp, fn) in table.items():
        p, r, f = prf(tp, fp, fn)
        label = f"**{c}**" if c == "ALL" else c
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {tp} | {fp} | {fn} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument(
        "--ner", default="none", help="NER backend for the pipeline: none (gazetteer + rules) or crf"
    )
    ap.add_argument(
        "--errors", action="store_true", help="print the misclassified sentences (use with --split dev)"
    )
    ap.add_argument(
        "--roles", action="store_true", help="print the English roles missed or wrong (use with --split dev)"
    )
    ap.add_argument(
        "--only", choices=("ar", "petrarch2", "plover", "cameo", "bbc", "bbcheld", "bbcfresh", "bbcfresh2", "bbcfresh3",
        "bbcfresh4", "ant", "antheld", "antfresh"),
        default=None,
    )
    ap.add_argument(
        "--parse", choices=("fallback", "first", "only", "off", "fill", "check", "check+fill"), default=None,
        help="how English roles use the dependency parse (kg.events.roles.PARSE_MODE; default: kg's)",
    )
    ap.add_argument(
        "--parse-ar", choices=("check", "off"), default=None,
        help="how Arabic roles use the Arabic dependency parse (kg.events.roles.AR_PARSE_MODE; default: kg's)",
    )
    args = ap.parse_args(argv)
    global SHOW_ROLES
    SHOW_ROLES = args.roles and args.split == "dev"
    if args.parse is not None:
        import kg.events.roles

        kg.events.roles.PARSE_MODE = args.parse
    if args.parse_ar is not None:
        import kg.events.roles

        kg.events.roles.AR_PARSE_MODE = args.parse_ar
    if not args.shared.exists():
        print(f"shared data folder {args.shared} not found", file=sys.stderr)
        return 2
    table = load_cameo2plover(
        Path(__file__).resolve().parent.parent / "kg" / "events" / "data" / "cameo2plover.tsv"
    )
    sets = {
        "ar": (
            "UniversalPetrarch Arabic GSR (ASSAULT, PROTEST)",
            list(arabic_gsr(args.shared)),
            {"ASSAULT", "PROTEST"},
        ),
        "petrarch2": ("PETRARCH2 English validation", list(petrarch2_gsr(args.shared, table)), None),
        "plover": ("PLOVER GSR (English)", list(plover_gsr(args.shared)), None),
        "cameo": (
            "CAMEO codebook examples outside both GSRs (tuning aid)",
            list(cameo_examples(args.shared, table)),
            None,
        ),
        "bbc": ("BBC News sentences labelled for kg (dev)", list(bbc_dev(args.shared)), None),
        "bbcheld": (
            "BBC News sentences labelled for kg (first held-out set, dev since the third round)",
            list(bbc_dev(args.shared, BBC_HELDOUT)),
            None,
        ),
        "bbcfresh": (
            "BBC News sentences labelled for kg (first fresh set, dev since the fourth round)",
            list(bbc_dev(args.shared, BBC_FRESH)),
            None,
        ),
        "bbcfresh2": (
            "BBC News sentences labelled for kg (second fresh held-out set)",
            list(bbc_dev(args.shared, BBC_FRESH2)),
            None,
        ),
        "bbcfresh3": (
            "BBC News sentences labelled for kg (third fresh held-out set, 60, eighth session)",
            list(bbc_dev(args.shared, BBC_FRESH3)),
            None,
        ),
        "bbcfresh4": (
            "BBC News sentences labelled for kg (fourth fresh held-out set, 350, tenth session)",
            list(bbc_dev(args.shared, BBC_FRESH4)),
            None,
        ),
        "ant": ("ANT Arabic news sentences labelled for kg (dev)", list(ant_sentences(args.shared)) if args.only in (None, "ant") else [], None),
        "antheld": (
            "ANT Arabic news sentences labelled for kg (first held-out set, dev since the eighth session)",
            list(ant_sentences(args.shared, ANT_HELDOUT)) if args.only in (None, "antheld") else [],
            None,
        ),
        "antfresh": (
            "ANT Arabic news sentences labelled for kg (fresh blind set, eighth session)",
            list(ant_sentences(args.shared, ANT_FRESH)) if args.only in (None, "antfresh") else [],
            None,
        ),
    }
    for key, (name, gold, only) in sets.items():
        if args.only and key != args.only:
            continue
        if key in ("cameo", "bbc", "bbcheld", "bbcfresh", "ant", "antheld") and args.split == "test":
            continue  # tuning aids: never reported as test sets
        if key in ("bbcfresh2", "bbcfresh3", "bbcfresh4", "antfresh") and args.split != "test":
            continue  # held out: scored with the test parts only
        whole = key in ("cameo", "bbc", "bbcheld", "bbcfresh", "bbcfresh2", "bbcfresh3", "bbcfresh4", "ant", "antheld", "antfresh")
        chosen = [g for g in gold if whole or args.split == "all" or (g.dev == (args.split == "dev"))]
        roles: Counter[str] = Counter()
        t0 = time.perf_counter()
        pairs = []
        primary = []
        for g in chosen:
            with_roles = key.startswith(("bbc", "ant")) or key == "plover"
            pred, first = predict(g, args.ner, roles if with_roles else None)
            pred -= g.optional - g.categories
            if first in g.optional - g.categories:
                first = None
            pairs.append((g.categories, pred))
            primary.append((g.categories, {first} if first else set()))
            if args.errors and key not in ("bbcfresh2", "bbcfresh3", "bbcfresh4", "antfresh"):  # held-out sets' errors stay unread
                gg, pp = (g.categories & only, pred & only) if only else (g.categories, pred)
                if gg != pp:
                    print(f"ERR {g.id} gold={sorted(gg)} pred={sorted(pp)} :: {g.text[:200]}")
        dt = time.perf_counter() - t0
        report(f"{name}, split={args.split}", score(pairs, only), len(chosen))
        if key in ("plover", "cameo", "bbc", "bbcheld", "bbcfresh", "bbcfresh2", "bbcfresh3", "bbcfresh4", "ant", "antheld", "antfresh"):
            tp, fp, fn = score(primary)["ALL"]
            p, r, f = prf(tp, fp, fn)
            print(f"\nprimary event only: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        for role in ("agent", "target"):
            for kind in ("named", "common"):
                k = f"{role} {kind}"
                if roles[k + " labelled"]:
                    print(
                        f"\n{k} (of the labelled event) found: {roles[k + ' found']} / {roles[k + ' labelled']}"
                        f" (filled wrong: {roles[k + ' wrong']})"
                    )
        if roles["unasserted labelled"]:
            print(
                f"\nunasserted events labelled {roles['unasserted labelled']}: found with the same modality "
                f"{roles['unasserted found, same modality']}, found not asserted {roles['unasserted found, not asserted']}"
            )
        print(f"\n({dt:.1f} s, ner={args.ner})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

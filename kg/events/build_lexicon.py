"""Build the event trigger lexicon's data files from the PETRARCH dictionaries.

Run from the repository root (needs the shared data folder, not needed at run time)::

    python -m kg.events.build_lexicon /work/shared/data

It reads

* ``plover/CAMEO2PLOVER-2021.txt``: the CAMEO -> PLOVER table (CC BY-SA 4.0, OEDA),
* ``petrarch2_english/CAMEO.2.0.txt``: PETRARCH2's English verb dictionary (MIT),
* ``upetrarch_arabic/CAMEO.ar.0.5.txt``: UniversalPetrarch's Arabic verb dictionary (MIT),

and writes, under ``kg/events/data/``:

* ``cameo2plover.tsv``: ``cameo  plover  mode  context``;
* ``dict_en.tsv`` / ``dict_ar.tsv``: one row per (verb form, code, pattern):
  ``form  cameo  plover  after  before  block``, where ``after`` / ``before`` are
  the words a pattern requires after / before the verb (alternatives joined by
  ``|``, words by a space), empty for the verb's own code.

The hand-written entries (``own_en.tsv``, ``own_ar.tsv``) are not generated: they
are kg's own and are edited by hand.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")

_CODE = re.compile(r"\[([0-9-]{2,5})(?::[0-9-]*)?\]")


def parse_cameo2plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """Parse the CAMEO -> PLOVER table: code -> (plover, mode, context).

    The 2-digit root lines (``03: AGREE``) are kept as defaults for their codes.
    """
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        plover = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        context = parts[2] if len(parts) > 2 else ""
        if code in table and len(code) == 2:
            continue  # "08: CONCEDE" then "08: RETREAT": keep the first as the root default
        table[code] = (plover, mode, context)
    return table


def plover_of(code: str | None, table: dict[str, tuple[str, str, str]]) -> str | None:
    """The PLOVER category of a CAMEO code (by the longest known prefix), or None.

    CAMEO 01 (statements) and 02 (appeals) have no PLOVER category.
    """
    if not code or not code[:2].isdigit():
        return None
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit:
            return hit[0]
    return None


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif line.startswith("+") and current is not None:
            word = line[1:].strip().strip("_").split()[0] if line[1:].strip() else ""
            if word:
                sets[current].append(word)
        elif line.startswith("---"):
            current = None
    return sets


def _pattern_words(text: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Words of one side of a pattern; a synset becomes its members joined by '|'.

    None when the pattern names a synset the dictionary does not define (``START * &FIGHT_GAMES
    IN +``): without it the pattern would shrink to its function words (``start * in``, CAMEO 062
    military cooperation for "Essex started the round in fifth place").
    """
    text = re.sub(r"[(){}$+^%@=]", " ", text)
    out: list[str] = []
    for w in text.split():
        if w.startswith("&"):
            members = synsets.get(w, [])
            heads = sorted({m.split("_")[-1] for m in members if m})
            if not heads:
                return None
            out.append("|".join(heads))
        else:
            w = w.replace("_", " ").strip()
            if w and not re.fullmatch(r"[\W\d]+", w):
                out.extend(w.split())
    return out


def parse_verb_dictionary(path: Path, lang: str) -> Iterator[tuple[str, str, list[str], list[str], str]]:
    """Yield ``(form, cameo, after, before, block)`` from a PETRARCH verb dictionary.

    ``form`` is lower-cased (English) or as written (Arabic lemma); a verb with a
    required preposition (``حقق+في``, ``MEET_WITH``) keeps it after a space.
    Irregular English forms in ``{...}`` are yielded as forms of their own.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    synsets = _synsets(lines)
    block: str | None = None
    block_code: str | None = None
    verbs: list[tuple[str, str | None]] = []

    def norm_form(w: str) -> str:
        w = w.strip().strip("_").replace("+", " ").replace("_", " ").strip()
        return w.lower() if lang == "en" else w

    for raw in lines:
        line = raw.rstrip()
        head = re.match(r"^---\s+(.+?)\s+\[([^\]]*)\]\s+---", line)
        if head:
            block = norm_form(head.group(1))
            code = head.group(2).split(":")[0]
            block_code = code if code.isdigit() else None
            verbs = []
            continue
        if block is None or not line.strip() or line.lstrip().startswith("#"):
            continue
        body, _, comment = line.partition("#")
        if body.startswith("-"):
            m = _CODE.search(body)
            if not m:
                continue
            code = m.group(1)
            pat = body[1 : m.start()]
            if "*" not in pat:
                continue
            before, after = pat.split("*", 1)
            targets = [w.strip() for w in comment.split(",")] if lang == "en" else []
            named = {norm_form(t) for t in targets if t}
            aw, bw = _pattern_words(after, synsets), _pattern_words(before, synsets)
            if aw is None or bw is None:
                continue
            if lang == "en":
                aw, bw = [w.lower() for w in aw], [w.lower() for w in bw]
            for form, _ in verbs:
                if named and form not in named:
                    continue
                yield form, code, aw, bw, block
            continue
        if body.startswith(("&", "+")) and lang == "ar" and body.startswith("&"):
            continue
        # a verb line: WORD [code] {FORMS}
        m = _CODE.search(body)
        own = m.group(1) if m else None
        word_part = _CODE.sub(" ", body)
        irregular = re.search(r"\{([^}]*)\}", word_part)
        word_part = re.sub(r"\{[^}]*\}", " ", word_part).strip()
        if not word_part:
            continue
        form = norm_form(word_part.split()[0])
        if not form:
            continue
        code = own if own and own.isdigit() else block_code
        verbs.append((form, code))
        forms = [form]
        if irregular:
            forms += [norm_form(f) for f in irregular.group(1).split() if f.strip()]
        for f in forms:
            if code:
                yield f, code, [], [], block
            else:
                yield f, "", [], [], block  # known verb, no code of its own


def build(shared: Path, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Write the generated data files; return the number of rows per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    table = parse_cameo2plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    counts: dict[str, int] = {}
    with open(out_dir / "cameo2plover.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            "# generated by kg/events/build_lexicon.py from PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, OEDA)\n"
        )
        for code in sorted(table):
            fh.write("\t".join((code, *table[code])) + "\n")
    counts["cameo2plover.tsv"] = len(table)
    sources = {
        "en": (shared / "petrarch2_english" / "CAMEO.2.0.txt", "PETRARCH2 CAMEO.2.0.txt (MIT, OEDA)"),
        "ar": (
            shared / "upetrarch_arabic" / "CAMEO.ar.0.5.txt",
            "UniversalPetrarch CAMEO.ar.0.5.txt (MIT, OEDA)",
        ),
    }
    for lang, (path, credit) in sources.items():
        seen: set[tuple[str, ...]] = set()
        rows: list[tuple[str, ...]] = []
        for form, code, after, before, block in parse_verb_dictionary(path, lang):
            plover = plover_of(code, table) or ""
            if lang == "ar" and not (plover and after):
                continue  # only coded patterns are usable from the Arabic dictionary (see kg.events.lexicon)
            row: tuple[str, ...] = (form, code, plover, " ".join(after), " ".join(before), block)
            if row in seen:
                continue
            seen.add(row)
            rows.append(row)
        name = f"dict_{lang}.tsv"
        with open(out_dir / name, "w", encoding="utf-8") as fh:
            fh.write(f"# generated by kg/events/build_lexicon.py from {credit}\n")
            fh.write("# form\tcameo\tplover\tafter\tbefore\tblock\n")
            for row in rows:
                fh.write("\t".join(row) + "\n")
        counts[name] = len(rows)
    return counts


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: ``python -m kg.events.build_lexicon SHARED_DATA_DIR``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "shared", type=Path, help="the shared data folder (holds plover/, petrarch2_english/ ...)"
    )
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    for name, n in build(args.shared, args.out).items():
        print(f"{name}\t{n}")


if __name__ == "__main__":
    main()

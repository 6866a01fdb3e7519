"""Load the pipeline's models in the fork server, once, so that every worker shares them.

:func:`kg.parallel.run` starts its workers from a ``multiprocessing`` fork server.  When
it names this module among the server's preloaded modules and sets
:data:`ENV` to the languages and options of the run, importing the module (in the fork
server only) runs the pipeline over one short sentence per language: the NER network,
gazetteers, event lexicons and taggers load there, and every worker forked afterwards
starts with them in memory, sharing their pages with the server (copy-on-write) instead
of loading a private copy (about 225 MB and 1.8 CPU-seconds for Arabic, 145 MB and 0.8
CPU-seconds for English, per worker).  ``gc.freeze()`` keeps the collector from touching
(and so copying) the loaded objects in the children.

Importing it anywhere else, or with :data:`ENV` unset, does nothing.  A failure here
(a missing model, say) is swallowed: the worker meets it again on its first document and
reports it there, where the user sees it.
"""
from __future__ import annotations

import gc
import json
import os

#: The environment variable the parent sets just before it starts the fork server.
ENV = "KG_WARM_FORKSERVER"

#: One sentence per language that reaches every step (names, a place, a trigger, a date).
SENTENCES = {
    "ar": "استضاف الزعيم الكوري الشمالي كيم جونغ أون نائب وزير الدفاع الروسي في بيونغ يانغ يوم الخميس.",
    "en": "President Vladimir Putin met the Chinese foreign minister in Moscow on Thursday.",
}


def warm(langs: list[str], ner: str, steps: list[str]) -> list[str]:
    """Run the pipeline once per language; return the languages that loaded without error."""
    from kg.model import Document
    from kg.pipeline import process

    done = []
    for lang in langs:
        if lang not in SENTENCES:
            continue
        try:
            process(Document(id="kg-warm-up", text=SENTENCES[lang], lang=lang), steps=steps, ner=ner)
            if "events" in steps:
                # the dependency parsers load on the first sentence that needs one, which the
                # warm-up sentence may not be: load them here so the workers share them too
                from kg.events.parser import get_parser

                get_parser(lang)
        except Exception:  # noqa: BLE001  (the worker reports it on its first document)
            continue
        done.append(lang)
    if done and "resolve" in steps:
        # the index of place names (every GeoNames city's): resolving the Arabic sentence builds
        # it, the English one does not, so each worker of an English run built its own copy
        from kg.resolve.places import find_place

        try:
            find_place("Moscow")
        except Exception:  # noqa: BLE001  (the worker meets it again where the user sees it)
            pass
    return done


def _from_env() -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    # The warm-up builds objects that live as long as the fork server (models, tables,
    # indexes) and leaves little garbage (539 unreachable objects of 99,111 after the Arabic
    # one): with the collector on, its 400-odd collections walked them again and again
    # (0.26-0.28 of 1.45-1.53 CPU-s, on one core while the workers wait).  Off during the
    # warm-up, on again for the workers, which are forked with the warm-up's objects frozen.
    enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            opts = json.loads(spec)
            warm(list(opts["langs"]), str(opts["ner"]), list(opts["steps"]))
        except (ValueError, KeyError, TypeError):
            return
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


_from_env()

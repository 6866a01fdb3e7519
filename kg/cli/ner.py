"""``kg train ner`` and ``kg eval ner``: rebuild and score the shipped NER models."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli import app

train_app = typer.Typer(help="Train kg's models from the shared data.", no_args_is_help=True)
eval_app = typer.Typer(help="Score kg's models on annotated files.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

_LANG = typer.Option(..., "--lang", help="Language of the model: ar or en.")


def _check_lang(lang: str) -> str:
    from kg.errors import ModelError

    if lang not in ("ar", "en"):
        raise ModelError(f"unknown language {lang!r} for NER; use --lang ar or --lang en")
    return lang


@train_app.command("ner")
def train_ner(
    lang: str = _LANG,
    data: Path = typer.Option(None, "--data", help="The shared data folder (default: $KG_DATA or ../shared/data)."),
    out: Path = typer.Option(None, "--out", help="Where to write the model files (default: inside the kg package)."),
) -> None:
    """Train the NER model for a language (ANERcorp for ar, CoNLL-2003 for en) and score it."""
    from kg.ner.tagger import MODELS_DIR
    from kg.ner.train import train

    train(_check_lang(lang), data, out or MODELS_DIR, log=lambda m: typer.echo(m, err=True))


@eval_app.command("ner")
def eval_ner(
    file: Path = typer.Argument(..., help="A CoNLL file: one 'token ... TAG' line per token, BIO tags."),
    lang: str = _LANG,
) -> None:
    """Print per-type precision/recall/F1 of the shipped model and a last line 'micro F1: 0.xxx'.

    Strict entity-level matching (conlleval/seqeval): a stray I-X starts an entity.
    """
    from kg.ner.evaluate import evaluate

    typer.echo(evaluate(file, _check_lang(lang)).format())

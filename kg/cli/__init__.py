"""The ``kg`` command line: thin typer commands over kg's library functions.

Each group of commands lives in its own module and registers itself on
:data:`app` when imported.  Command modules import nothing heavy at module level,
so ``kg --help`` answers fast.  Every :class:`kg.errors.KGError` becomes one line
``Error: ...`` on stderr and exit code 1, here and nowhere else.
"""
from __future__ import annotations

from typing import NoReturn

import typer
from typer.core import TyperGroup


class _KGGroup(TyperGroup):
    """Turns kg's own errors into one line and exit code 1, for every command."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from kg.errors import KGError

        try:
            return super().invoke(ctx)
        except KGError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_KGGroup,
    name="kg",
    help="Turn Arabic and English news into a knowledge graph: RDF, NetworkX, SPARQL and an offline page.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

#: Command modules, registered in this order (each adds its commands to ``app``).
COMMAND_MODULES = (
    "kg.cli.build",
    "kg.cli.query",
    "kg.cli.view",
    "kg.cli.store",
    "kg.cli.ner",
    "kg.cli.remote",
)


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``Error: message`` on stderr and exit with ``code``."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    from kg.parallel import one_blas_thread

    one_blas_thread()  # before anything imports numpy
    app()


_register()

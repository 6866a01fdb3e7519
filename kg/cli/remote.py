"""``kg push``: load a graph file or a store into a SPARQL 1.1 server."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli import app, fail


@app.command()
def push(
    graph: Optional[Path] = typer.Argument(None, help="A graph file (.trig, .nq, .ttl ...); omit with --store."),
    store: Optional[Path] = typer.Option(None, help="Push a kg store (folder) instead of a file."),
    endpoint: str = typer.Option(..., help="The server's SPARQL query endpoint, e.g. http://localhost:7878/query."),
    graph_store: Optional[str] = typer.Option(
        None, "--graph-store", help="Its Graph Store Protocol URL (guessed from --endpoint when omitted)."),
    mode: str = typer.Option("graphs", help="graphs: PUT each named graph (replaces it); quads: POST N-Quads batches."),
    timeout: float = typer.Option(60.0, help="Seconds to wait for each request."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Load a graph into a SPARQL server (Oxigraph, Fuseki, GraphDB, Virtuoso) over HTTP."""
    from kg.remote import push as run

    if (graph is None) == (store is None):
        fail("give either a graph file or --store DIR to push", 2)
    source: Path = store if store is not None else graph  # type: ignore[assignment]
    if store is None and not source.is_file():
        fail(f"no such graph file: {source}", 2)
    if store is not None and not source.is_dir():
        fail(f"no kg store at {source}; create one with `kg ingest FILES... --store {source}`", 2)
    report = run(source, endpoint, graph_store, mode=mode, timeout=timeout)
    if not quiet:
        typer.echo(f"pushed {report.graphs} graph{'s' if report.graphs != 1 else ''}, {report.triples} triples "
                   f"to {report.url} in {report.seconds:.1f} s")


__all__ = ["push"]

"""``kg view``: write the offline page of a graph (or a store's neighbourhood) and open it."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kg.cli import app

if TYPE_CHECKING:
    from rdflib import Graph

#: Graph file suffixes and their rdflib parser names; the second item says "has named graphs".
GRAPH_FORMATS: dict[str, tuple[str, bool]] = {
    ".ttl": ("turtle", False),
    ".nt": ("nt", False),
    ".n3": ("n3", False),
    ".rdf": ("xml", False),
    ".owl": ("xml", False),
    ".trig": ("trig", True),
    ".nq": ("nquads", True),
    ".jsonld": ("json-ld", True),
    ".json": ("json-ld", True),
}


def load_graph(path: Path) -> Graph:
    """Read a graph file by its suffix (named graphs go into a Dataset).

    Raises:
        InputError: if the file is missing, of an unknown kind or does not parse.
    """
    from rdflib import Dataset, Graph

    from kg.errors import InputError

    if not path.is_file():
        raise InputError(f"no such graph file: {path}")
    fmt = GRAPH_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(GRAPH_FORMATS) + [".html"])
        raise InputError(f"cannot view {path}: unknown graph file type {path.suffix!r}; expected one of {known}")
    name, named = fmt
    graph: Graph = Dataset() if named else Graph()
    try:
        graph.parse(str(path), format=name)
    except Exception as exc:  # rdflib raises many kinds for malformed input
        _oxigraph_message(path)
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise InputError(f"cannot read {path} as {name}: {detail}") from exc
    return graph


def _oxigraph_message(path: Path) -> None:
    """Raise the error the other commands give for a file rdflib could not parse: Oxigraph's
    parser names the line and column, where rdflib quotes the file's first bytes."""
    from kg.errors import InputError
    from kg.io import load_store

    try:
        load_store(path)
    except InputError:
        raise
    except Exception:  # noqa: BLE001 - keep rdflib's own message
        return


def _open(path: Path) -> None:
    import webbrowser

    if not webbrowser.open(path.resolve().as_uri()):
        typer.echo(f"Open {path} in a browser to see the graph.", err=True)


@app.command("view")
def view_cmd(
    graph: Path | None = typer.Argument(
        None, help="A graph file (.ttl, .trig, .nt, .nq, .jsonld) or a page already built (.html).",
        show_default=False),
    out: Path | None = typer.Option(
        None, "-o", "--out", help="The page to write (default: next to GRAPH, or kg-view.html for --store).",
        show_default=False),
    lang: str = typer.Option("ar", "--lang", help="Label language the page opens with: ar or en."),
    open_page: bool = typer.Option(True, "--open/--no-open", help="Open the page in the default browser."),
    store: Path | None = typer.Option(
        None, "--store", help="Read from the Oxigraph store in this folder instead of a file.", show_default=False),
    around: str | None = typer.Option(
        None, "--around", help="Draw only the neighbourhood of this name (Arabic or English), from GRAPH or --store.",
        show_default=False),
    hops: int = typer.Option(2, "--hops", help="With --around: how many edges away from the name to draw."),
    max_nodes: int | None = typer.Option(
        None, "--max-nodes", help="Draw at most this many nodes, the most connected (others stay searchable).",
        show_default=False),
    title: str | None = typer.Option(None, "--title", help="Page title.", show_default=False),
) -> None:
    """Write an offline, searchable HTML page of a graph and open it in the browser."""
    from kg.errors import InputError
    from kg.view import render

    if lang not in ("ar", "en"):
        raise InputError(f"--lang must be 'ar' or 'en', got {lang!r}")
    if store is not None:
        if graph is not None:
            raise InputError("give either GRAPH or --store, not both")
        if not around:
            raise InputError('--store needs --around "NAME": the entity to centre the page on')
        from kg.view.store import neighbourhood

        data = neighbourhood(store, around, hops)
        target = out or Path("kg-view.html")
        if target.is_dir():
            target = target / "kg-view.html"
    else:
        if graph is None:
            raise InputError("give a graph file (kg view output/graph.ttl) or --store DIR --around NAME")
        if graph.suffix.lower() in (".html", ".htm"):
            if not graph.is_file():
                raise InputError(f"no such page: {graph}")
            if open_page:
                _open(graph)
            typer.echo(str(graph))
            return
        target = out or graph.with_suffix(".html")
        if target.is_dir():
            target = target / (graph.stem + ".html")
        if target.exists() and graph.exists() and target.resolve() == graph.resolve():
            raise InputError(f"the page would overwrite the graph file {graph}; choose another -o")
        if around:
            from kg.view.store import around_in, memory_store

            data = around_in(memory_store(graph), around, hops, where=str(graph))
        else:
            data = load_graph(graph)
    written = render(data, target, lang=lang, title=title, max_nodes=max_nodes)
    typer.echo(str(written))
    if open_page:
        _open(written)

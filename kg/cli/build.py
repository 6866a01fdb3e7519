"""``kg build`` and ``kg export``: articles in, graph files out."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

from kg.cli import app, fail


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    """``--date`` as a date, or a clear error."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--date {value!r} is not a date; write it as YYYY-MM-DD (e.g. 2024-07-12)", 2)


@app.command()
def build(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl), folders, or - for stdin."),
    out: Path = typer.Option(Path("output"), "--out", "-o", help="Folder to write the graph files into."),
    format: str = typer.Option("ttl,trig,html", "--format", "-f",
                               help="Comma-separated: ttl,nt,nq,trig,jsonld,graphml,gexf,csv,html."),
    date: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for documents without one."),
    lang: Optional[str] = typer.Option(None, help="Language of the input (ar, en); detected if not given."),
    encoding: Optional[str] = typer.Option(None, help="Text encoding (e.g. cp1256); detected if not given."),
    ner: str = typer.Option("kg", help="Mention extractor: kg (kg's trained models; 'crf' is an alias), none (rules and gazetteers only), spacy:NAME."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes (0: one per core)."),
    engine: str = typer.Option("processes", help="processes, or dask (with --scheduler ADDRESS)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    view_lang: str = typer.Option("ar", "--view-lang", help="Label language of the HTML page (ar, en)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Build a knowledge graph from news articles and write it to OUT."""
    from kg.export import export, parse_formats, writable_folder
    from kg.pipeline import build as run
    from kg.progress import IngestProgress, count_documents

    formats = parse_formats(format)
    writable_folder(out)
    problems: list = []
    total = None if quiet or "-" in sources else count_documents(sources)
    with IngestProgress(total=total, enabled=None if not quiet else False, description="building") as prog:
        ds = run(sources, date=parse_date(date), lang=lang, encoding=encoding, ner=ner, errors=problems,
                 jobs=jobs, engine=engine, scheduler=scheduler, progress=prog)
    summary = prog.summary
    for p in problems:
        typer.echo(f"warning: {_problem(p)}", err=True)
    if summary.written == 0:
        fail("no document could be read from the input" + (f" ({len(problems)} skipped)" if problems else ""))
    written = export(ds, out, formats, lang=view_lang)
    if quiet:
        return
    from kg.query import select

    entities = select(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH kgid:graph\\/entities { ?e a ?t } }")
    n_entities = int(entities[0]["n"]) if entities else 0
    typer.echo(f"read {summary.written} document{'s' if summary.written != 1 else ''}"
               f"{f', skipped {len(summary.skipped)}' if summary.skipped else ''}"
               f"{f', {len(problems)} warning' + ('s' if len(problems) != 1 else '') if problems else ''}"
               f" in {prog.seconds:.1f} s: {summary.mentions} mentions, {n_entities} entities, "
               f"{summary.events} events, {len(ds)} triples")
    for path in written:
        typer.echo(f"wrote {path}")


def _problem(p: object) -> str:
    if isinstance(p, tuple):
        return ": ".join(str(x) for x in p if x is not None and x != "")
    return str(p)


@app.command("export")
def export_cmd(
    graph: Optional[Path] = typer.Argument(None, help="A graph file (.ttl, .trig, .nq, .nt, .jsonld)."),
    out: Path = typer.Option(Path("output"), "--out", "-o", help="Folder to write into."),
    format: str = typer.Option("ttl", "--format", "-f", help="Comma-separated formats (see kg build)."),
    store: Optional[Path] = typer.Option(None, help="Export a kg store (folder) instead of a file."),
    view_lang: str = typer.Option("ar", "--view-lang", help="Label language of the HTML page."),
) -> None:
    """Convert a graph file or a store into other formats."""
    from kg.export import export, parse_formats

    source = _open_source(graph, store)
    for path in export(source, out, parse_formats(format), lang=view_lang):
        typer.echo(f"wrote {path}")


def _open_source(graph: Optional[Path], store: Optional[Path]):  # type: ignore[no-untyped-def]
    """A graph file or a store as something kg.query / kg.export accept."""
    if store is not None:
        from kg.store import open_store

        return open_store(store, read_only=True).ox
    if graph is None:
        fail("give a graph file or --store DIR", 2)
    if str(graph) == "-":
        fail("reading a graph from stdin is not supported; save it to a file first", 2)
    from kg.io import load_dataset

    return load_dataset(graph)


__all__ = ["build", "export_cmd", "parse_date"]

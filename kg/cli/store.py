"""``kg ingest`` and ``kg remove``: add articles to a persistent store, take them out."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli import app


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl), folders, or - for stdin."),
    store: Path = typer.Option(..., "--store", help="The store's folder (created if missing)."),
    date: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) for documents without one."),
    lang: str | None = typer.Option(None, help="Language of the input (ar, en); detected if not given."),
    encoding: str | None = typer.Option(None, help="Text encoding (e.g. cp1256); detected if not given."),
    ner: str = typer.Option("kg", help="Mention extractor: kg (kg's trained models; 'crf' is an alias), none (rules and gazetteers only), spacy:NAME."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Worker processes for extraction (0: one per core)."),
    engine: str = typer.Option("processes", help="processes, or dask (with --scheduler ADDRESS)."),
    scheduler: str | None = typer.Option(None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    batch: int = typer.Option(200, "--batch", min=1, help="Documents per store write. Larger batches make "
                              "RocksDB merge less (less CPU on big corpora) but hold more in memory; a crash "
                              "loses at most one batch, which the next run redoes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Add articles to the store in --store DIR: the same text again is skipped, a changed one replaces its graph."""
    from kg.cli.build import _problem, parse_date
    from kg.progress import IngestProgress, count_documents
    from kg.store import ingest as run

    total = None if quiet or "-" in sources else count_documents(sources)
    with IngestProgress(total=total, enabled=None if not quiet else False) as prog:
        report = run(sources, store, ner=ner, date=parse_date(date), lang=lang, encoding=encoding,
                     jobs=jobs, engine=engine, scheduler=scheduler, batch=batch, progress=prog)
    for p in report.problems:
        typer.echo(f"warning: {_problem(p)}", err=True)
    if quiet:
        return
    typer.echo(
        f"{store}: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged"
        f" ({report.linked} entities linked to ones already stored, {report.events_joined} event reports joined)"
    )


@app.command()
def remove(
    docs: list[str] = typer.Argument(..., help="Ids of the documents to take out (as `kg ingest` stored them)."),
    store: Path = typer.Option(..., "--store", help="The store's folder."),
) -> None:
    """Take documents out of the store in --store DIR; the entity layer keeps only what other documents say."""
    from kg.errors import StoreError
    from kg.store import Store

    if not store.is_dir():
        raise StoreError(f"no kg store at {store}; create one with `kg ingest FILES... --store {store}`")
    with Store(store) as st:
        missing = [d for d in docs if d not in st]
        if missing:
            known = sorted(st.documents())
            hint = f"; it holds {len(known)} documents, e.g. {', '.join(known[:3])}" if known else "; it is empty"
            raise StoreError(f"no document {missing[0]!r} in the store at {store}{hint}")
        for d in docs:
            st.remove(d)
    for d in docs:
        typer.echo(f"removed {d}")

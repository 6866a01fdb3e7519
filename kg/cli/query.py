"""``kg query``, ``kg stats`` and ``kg validate``: ask and check a graph."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli import app, fail
from kg.cli.build import _open_source


@app.command()
def query(
    graph: Optional[str] = typer.Argument(None, help="A graph file (.ttl, .trig, ...); omit with --store or --endpoint."),
    sparql: Optional[str] = typer.Argument(None, help="The SPARQL query (kg:, kgid:, rdfs:, skos:, schema:, prov: ... predeclared)."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the query from a .rq file."),
    named: Optional[str] = typer.Option(None, "--named", "-n", help="Run a query shipped with kg (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE for a named query's $NAME."),
    list_: bool = typer.Option(False, "--list", help="List the named queries and exit."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json."),
    store: Optional[Path] = typer.Option(None, help="Query a kg store (folder) instead of a file."),
    endpoint: Optional[str] = typer.Option(None, help="Query a SPARQL 1.1 endpoint URL instead."),
    timeout: Optional[float] = typer.Option(None, help="Stop the query after this many seconds."),
    limit: Optional[int] = typer.Option(None, help="Print at most this many rows."),
    allow_network: bool = typer.Option(False, "--allow-network", help="Permit SERVICE (network access)."),
) -> None:
    """Answer a SPARQL query over a graph file, a store or an endpoint."""
    from kg.query import format_result, named_queries, prepare
    from kg.query import query as run

    if list_:
        for nq in named_queries().values():
            params = " ".join(f"--param {p}=..." for p in nq.params)
            typer.echo(f"{nq.name:<22} {nq.description}" + (f"  [{params}]" if params else ""))
        return
    if limit is not None and limit < 1:
        fail(f"--limit {limit} prints no rows; give 1 or more (leave it out for every row)", 2)
    if timeout is not None and not timeout > 0:
        fail(f"--timeout {timeout:g} stops the query before it starts; give more than 0 seconds", 2)
    if graph is not None and sparql is None and file is None and named is None and (store or endpoint):
        # "kg query --store DIR 'SELECT ...'": the query came first (kept as text: a Path would fold "//")
        sparql, graph = graph, None
    if named:
        nqs = named_queries()
        if named not in nqs:
            fail(f"no named query {named!r}; kg query --list shows them: {', '.join(nqs)}", 2)
        values = {}
        for p in param:
            k, sep, v = p.partition("=")
            if not sep:
                fail(f"--param {p!r} must be NAME=VALUE", 2)
            values[k.strip()] = v
        nq_text: tuple = (nqs[named], values)
    elif file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"cannot read {file}: {exc.strerror}")
        except UnicodeDecodeError:
            fail(f"{file} is not UTF-8 text")
    elif sparql is not None:
        text = sparql
    else:
        fail("give a query: kg query GRAPH 'SELECT ...', --file q.rq or --named NAME", 2)
    if endpoint:
        from kg.remote import query_endpoint

        if named:
            # the bind lookups run on the server too, so it starts from the few nodes found
            text = prepare(None, *nq_text, run_lookup=lambda q: query_endpoint(endpoint, q, timeout=timeout or 60))
        res = query_endpoint(endpoint, text, timeout=timeout or 60).head(limit)
    else:
        source = _open_source(Path(graph) if graph else None, store)
        if store is None:
            # a file loaded for this query alone: give it the set-semantics default graph
            from kg.query import as_store
            from kg.union import build

            build(as_store(source))
        if named:
            text = prepare(source, *nq_text)
        res = run(source, text, allow_network=allow_network, timeout=timeout, limit=limit)
    typer.echo(format_result(res, format))


@app.command()
def stats(
    graph: Optional[Path] = typer.Argument(None, help="A graph file."),
    store: Optional[Path] = typer.Option(None, help="A kg store (folder) instead of a file."),
    top: int = typer.Option(10, min=0, help="How many of the most connected entities to list."),
) -> None:
    """Count entities and events by type and list the most connected entities."""
    from kg.graph.nx import stats as compute

    st = compute(_open_source(graph, store), top=top)
    typer.echo(f"nodes: {st['nodes']}  edges: {st['edges']}")
    for k, v in st["by_type"].items():
        typer.echo(f"  {k:<22} {v}")
    typer.echo("most connected:")
    for key, en, ar, degree in st["top"]:
        typer.echo(f"  {degree:>4}  {en or key}" + (f"  ({ar})" if ar else ""))


@app.command()
def validate(
    graph: Optional[Path] = typer.Argument(None, help="A graph file."),
    store: Optional[Path] = typer.Option(None, help="A kg store (folder) instead of a file."),
    shapes: Optional[Path] = typer.Option(None, help="SHACL shapes (default: kg's ontologies/shapes.ttl)."),
) -> None:
    """Check a graph against kg's SHACL shapes; exit 1 if it does not conform."""
    from kg.validate import validate as run

    conforms, report = run(_open_source(graph, store), shapes)
    typer.echo(report)
    if not conforms:
        raise typer.Exit(1)

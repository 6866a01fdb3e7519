"""Write a kg graph in the formats users ask for, atomically.

Formats are registered by name in :data:`FORMATS`:

====== ============================================ ==========================
name   what                                         file
====== ============================================ ==========================
ttl    merged graph (all documents + entity layer)  graph.ttl
nt     merged graph, N-Triples                      graph.nt
nq     every named graph, N-Quads                   graph.nq
trig   one named graph per document + entities      graph.trig
jsonld merged graph, JSON-LD                        graph.jsonld
graphml NetworkX view (entities, events, roles)     graph.graphml
gexf   NetworkX view, for Gephi                     graph.gexf
csv    edges of the NetworkX view with labels       graph.csv
html   the interactive offline page                 graph.html
====== ============================================ ==========================

RDF is written by Oxigraph (measured: rdflib's Turtle writer took 36 s for 100k
triples where Oxigraph's took 0.3 s).
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import ExportError
from kg.io import atomic_open
from kg.namespace import PREFIXES

Writer = Callable[[Any, Path, dict[str, Any]], None]


def _ox(graph: Any) -> Any:
    from kg.query import as_store

    return as_store(graph)


def _triples(store: Any) -> Iterable[Any]:
    """The triples of every data graph, streamed (a store's meta graph left out).

    A store that keeps the union default graph (:mod:`kg.union`) holds the merged
    graph already, each triple once: that graph is written, which reads half the
    quads.  Otherwise a triple stated in two documents' graphs is written twice; an
    RDF graph is a set, so readers merge them.  Streaming is 5x faster than a
    ``SELECT DISTINCT`` (1.07 s against 5.22 s for 1M triples, BENCHMARKS.md "Scale").
    """
    import pyoxigraph as ox

    from kg.union import has_union

    if has_union(store):
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield q.triple
        return
    for q in _quads(store):
        yield q.triple


def _quads(store: Any) -> Iterable[Any]:
    from kg.union import data_quads

    return data_quads(store)


def _rdf_writer(fmt_name: str, quads: bool) -> Writer:
    def write(graph: Any, path: Path, opts: dict[str, Any]) -> None:
        import pyoxigraph as ox

        from kg.union import has_union

        store = _ox(graph)
        fmt = getattr(ox.RdfFormat, fmt_name)
        prefixes = PREFIXES if fmt_name in ("TURTLE", "TRIG", "JSON_LD") else None
        if not quads and has_union(store):
            # The merged graph is the store's default graph: Oxigraph writes it without a
            # Python object per triple, the same bytes as the streamed path below (0.6 of
            # 4.9 CPU-s saved at 1M triples; BENCHMARKS.md "Scale").
            with atomic_open(path, "wb") as f:
                store.dump(f, fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
            return
        data: Iterable[Any] = _quads(store) if quads else _triples(store)
        with atomic_open(path, "wb") as f:
            if prefixes:
                ox.serialize(data, f, fmt, prefixes=prefixes)
            else:
                ox.serialize(data, f, fmt)

    return write


def _nx_writer(kind: str) -> Writer:
    def write(graph: Any, path: Path, opts: dict[str, Any]) -> None:
        import networkx as nx

        from kg.graph.nx import to_networkx

        g = to_networkx(graph)
        # GraphML/GEXF take only scalar attributes; keys of parallel edges are the roles
        with atomic_open(path, "wb") as f:
            if kind == "graphml":
                nx.write_graphml(g, f, encoding="utf-8")
            else:
                nx.write_gexf(g, f, encoding="utf-8")

    return write


def _csv(graph: Any, path: Path, opts: dict[str, Any]) -> None:
    import csv

    from kg.graph.nx import to_networkx

    g = to_networkx(graph)
    with atomic_open(path, "w", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "source_label_en", "source_label_ar", "role", "target", "target_label_en",
                    "target_label_ar", "source_type", "target_type"])
        for s, o, k in sorted(g.edges(keys=True)):
            a, b = g.nodes[s], g.nodes[o]
            w.writerow([s, a.get("label_en", ""), a.get("label_ar", ""), k, o, b.get("label_en", ""),
                        b.get("label_ar", ""), a.get("type", ""), b.get("type", "")])


def _html(graph: Any, path: Path, opts: dict[str, Any]) -> None:
    from kg.view import render

    render(graph, path, lang=opts.get("lang", "ar"), title=opts.get("title"))


#: Registered formats: name -> (default file name, writer).
FORMATS: dict[str, tuple[str, Writer]] = {
    "ttl": ("graph.ttl", _rdf_writer("TURTLE", quads=False)),
    "nt": ("graph.nt", _rdf_writer("N_TRIPLES", quads=False)),
    "nq": ("graph.nq", _rdf_writer("N_QUADS", quads=True)),
    "trig": ("graph.trig", _rdf_writer("TRIG", quads=True)),
    "jsonld": ("graph.jsonld", _rdf_writer("JSON_LD", quads=False)),
    "graphml": ("graph.graphml", _nx_writer("graphml")),
    "gexf": ("graph.gexf", _nx_writer("gexf")),
    "csv": ("graph.csv", _csv),
    "html": ("graph.html", _html),
}
DEFAULT_FORMATS = ("ttl", "trig", "html")


def parse_formats(spec: str | Iterable[str]) -> list[str]:
    """``"ttl,trig,html"`` -> ``["ttl", "trig", "html"]``, checking each name.

    >>> parse_formats("ttl, JSONLD")
    ['ttl', 'jsonld']
    """
    names = [s.strip().lower() for s in (spec.split(",") if isinstance(spec, str) else spec) if s.strip()]
    for n in names:
        if n not in FORMATS:
            raise ExportError(f"unknown format {n!r}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(names))


def writable_folder(out_dir: str | Path) -> Path:
    """``out_dir``, made if missing, once a file could be made in it: ``kg build`` asks before
    reading its input, so a folder it cannot write fails at once, not after the corpus is read.

    Raises:
        ExportError: ``out_dir`` is a file, or cannot be made or written.
    """
    import tempfile

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a folder; give -o a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {out}: {exc.strerror}") from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".kg-probe.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ExportError(f"cannot write in {out}: {exc.strerror}") from None
    return out


def export(graph: Any, out_dir: str | Path, formats: Iterable[str] = DEFAULT_FORMATS, *,
           stem: str = "graph", **opts: Any) -> list[Path]:
    """Write ``graph`` into ``out_dir`` in each format; return the paths written.

    Args:
        graph: an rdflib Dataset/Graph in kg's shape, or a pyoxigraph Store.
        out_dir: the folder (created if needed).
        formats: names from :data:`FORMATS`.
        stem: file name without extension.
        opts: ``lang`` and ``title`` for the page.

    Every file is written under a temporary name first and they are renamed into place
    together at the end, so an interrupted or failed export (Ctrl-C while the page is laid
    out, a full disk) leaves the previous set of files as it was: never a new ``graph.ttl``
    beside the ``graph.html`` of an older build.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} exists and is not a folder; give -o a folder")
    staged: list[tuple[Path, Path]] = []
    try:
        for name in parse_formats(list(formats)):
            default, writer = FORMATS[name]
            path = out / (stem + Path(default).suffix)
            staged.append((path.with_name(f".{path.name}.{os.getpid()}.staged"), path))
            try:
                writer(graph, staged[-1][0], opts)
            except ExportError as exc:
                raise ExportError(str(exc).replace(str(staged[-1][0]), str(path))) from None
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise
    return [path for _, path in staged]

"""Talk to any SPARQL 1.1 server: query it (SPARQL protocol) and load a kg graph into it (Graph Store Protocol).

When one machine's embedded store is no longer enough (several users, a graph
larger than memory allows, a server that is already running), kg pushes its
graphs to a server such as Oxigraph (``oxigraph serve``), Apache Jena Fuseki,
GraphDB or Virtuoso, and ``kg query --endpoint URL`` asks it.

* Queries: ``POST`` of ``query=...`` (``application/x-www-form-urlencoded``), the
  SPARQL 1.1 protocol; answers in SPARQL JSON results, or N-Triples / Turtle
  for CONSTRUCT and DESCRIBE.  kg's prefixes are declared for you.
* Loading: one ``PUT {graph store}?graph=<IRI>`` per named graph (each document
  graph, the entity layer), body in N-Triples (valid Turtle, sent as
  ``text/turtle``).  PUT replaces the graph, so pushing again after a re-ingest
  doubles nothing.  ``mode="quads"`` instead POSTs the whole dataset as N-Quads
  in batches (faster; Oxigraph and Fuseki accept it).

Only ``http`` and ``https`` URLs are accepted; user and password in the URL
(``http://user:pw@host/...``) are sent as HTTP basic authentication.  Nothing
here runs at import time, and only the standard library is used.

Graph store URLs of common servers (give them as ``graph_store_url`` when the
guess from the query endpoint is wrong):

=============  ==========================================  =============================================
server         query endpoint                              graph store
=============  ==========================================  =============================================
Oxigraph       ``http://host:7878/query``                  ``http://host:7878/store``
Fuseki         ``http://host:3030/DS/sparql`` (or /query)  ``http://host:3030/DS/data``
GraphDB        ``http://host:7200/repositories/R``         ``http://host:7200/repositories/R/rdf-graphs/service``
Virtuoso       ``http://host:8890/sparql``                 ``http://host:8890/sparql-graph-crud``
=============  ==========================================  =============================================
"""
from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from kg.errors import KGError, QueryError
from kg.namespace import PREFIXES
from kg.query import Result, check, expand_ids

ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/rdf+xml;q=0.5")
MODES = ("graphs", "quads")

_PREFIX_DECL = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")


class RemoteError(KGError):
    """A SPARQL server cannot be reached, refused a request, or answered something unreadable."""


@dataclass
class PushReport:
    """What :func:`push` sent."""

    graphs: int = 0
    triples: int = 0
    bytes: int = 0
    seconds: float = 0.0
    url: str = ""


# --- HTTP ------------------------------------------------------------------------------------

class _Http:
    """One kept-alive HTTP(S) connection to one server (reopened after an error)."""

    def __init__(self, url: str, timeout: float) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteError(f"{url!r} is not an http(s) URL; give the server's address, "
                              "e.g. http://localhost:7878/query")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port
        self.timeout = timeout
        self.auth: str | None = None
        if parts.username is not None:
            from urllib.parse import unquote

            raw = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.auth = "Basic " + base64.b64encode(raw).decode("ascii")
        self._conn: Any = None

    def _connection(self) -> Any:
        import http.client

        if self._conn is None:
            cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
            self._conn = cls(self.host, self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, str, bytes]:
        """Send one request; return ``(status, content type, body)``."""
        import http.client

        parts = urlsplit(url)
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        headers = dict(headers)
        if self.auth:
            headers["Authorization"] = self.auth
        for attempt in (1, 2):  # a kept-alive connection the server closed is retried once
            conn = self._connection()
            try:
                conn.request(method, target, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
                return resp.status, ctype, data
            except TimeoutError:
                self.close()
                raise RemoteError(f"{method} {_safe(url)} got no answer within {self.timeout:g} s; "
                                  "give a longer timeout or ask a smaller question") from None
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected,
                    http.client.BadStatusLine) as exc:
                self.close()
                if attempt == 2:
                    raise RemoteError(f"{method} {_safe(url)}: the server closed the connection ({exc})") from None
            except OSError as exc:
                self.close()
                raise RemoteError(f"cannot reach {_safe(url)}: {exc.strerror or exc}; is the server running "
                                  "and the address right?") from None
        raise AssertionError("unreachable")


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _http_error(what: str, url: str, status: int, body: bytes) -> RemoteError:
    text = body.decode("utf-8", "replace").strip().replace("\n", " ")
    hint = ""
    if status == 404:
        hint = "; check the URL (see kg.remote's table of server URLs, or pass --graph-store)"
    elif status in (401, 403):
        hint = "; the server wants credentials: put them in the URL as http://user:password@host/..."
    elif status == 405:
        hint = "; this URL does not take this request: is it the query endpoint where the graph store is needed?"
    return RemoteError(f"{what} {_safe(url)} failed: HTTP {status}" + (f": {text[:300]}" if text else "") + hint)


# --- queries ---------------------------------------------------------------------------------

def with_prefixes(sparql: str) -> str:
    """The query with kg's prefixes declared, except those it declares itself.

    >>> with_prefixes("PREFIX kg: <urn:x#> SELECT * WHERE { ?s kg:p ?o }").count("PREFIX kg:")
    1
    """
    from kg.query import _code_only

    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(_code_only(sparql))}
    decls = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    # on the query's first line, so the server's error line numbers stay right
    return " ".join([*decls, sparql])


def query_endpoint(url: str, sparql: str, timeout: float = 60, *, prefixes: bool = True) -> Result:
    """Ask a SPARQL 1.1 endpoint through the SPARQL protocol.

    Args:
        url: the query endpoint (``http://localhost:7878/query`` for ``oxigraph serve``).
        sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query; updates are refused.
        timeout: seconds to wait for the answer.
        prefixes: declare kg's prefixes (``kg:``, ``kgid:``, ``rdfs:`` ...) for the query.

    Returns:
        a :class:`kg.query.Result` of rdflib terms, as local queries give.

    Raises:
        QueryError: the query is empty or an update.
        RemoteError: the server cannot be reached, refused the query (its message is
            quoted) or answered in a format kg cannot read.
    """
    check(sparql, allow_network=True)  # SERVICE runs on the server, not here
    text = with_prefixes(expand_ids(sparql)) if prefixes else sparql
    http = _Http(url, timeout)
    try:
        status, ctype, body = http.request(
            "POST", url, urlencode({"query": text}).encode("utf-8"),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT},
        )
    finally:
        http.close()
    if status >= 400:
        err = _http_error("query at", url, status, body)
        if status == 400:
            raise QueryError(str(err).replace("failed: HTTP 400", "refused the query"))
        raise err
    return _parse_answer(ctype, body, url)


def _parse_answer(ctype: str, body: bytes, url: str) -> Result:
    if ctype in ("application/sparql-results+json", "application/json"):
        try:
            data = json.loads(body)
        except ValueError:
            raise RemoteError(f"{_safe(url)} answered with broken JSON") from None
        if "boolean" in data:
            return Result([], [], boolean=bool(data["boolean"]))
        names = list(data.get("head", {}).get("vars", []))
        rows = [[_term(b.get(n)) for n in names] for b in data.get("results", {}).get("bindings", [])]
        return Result(names, rows)
    import pyoxigraph as ox

    try:
        fmt = ox.RdfFormat.from_media_type(ctype) if ctype else None
    except ValueError:
        fmt = None
    if fmt is None:
        raise RemoteError(f"{_safe(url)} answered in {ctype or 'an unnamed format'}, which kg cannot read; "
                          "is this a SPARQL query endpoint?")
    from kg.query import to_rdflib

    try:
        triples = [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                   for t in ox.parse(body, format=fmt)]
    except SyntaxError as exc:
        raise RemoteError(f"{_safe(url)} answered with unreadable {fmt.name}: {exc}") from None
    return Result(["subject", "predicate", "object"], [list(t) for t in triples], triples=triples)


def _term(b: dict[str, str] | None) -> Any:
    from rdflib import BNode, Literal, URIRef

    if b is None:
        return None
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if b.get("xml:lang"):
            return Literal(value, lang=b["xml:lang"])
        if b.get("datatype"):
            return Literal(value, datatype=URIRef(b["datatype"]))
        return Literal(value)
    if kind == "triple":  # RDF-star, shown as text
        return Literal(json.dumps(value, ensure_ascii=False))
    return Literal(value)


# --- loading ---------------------------------------------------------------------------------

def guess_graph_store(endpoint_url: str) -> str:
    """The Graph Store Protocol URL that goes with a query endpoint (see the table above).

    >>> guess_graph_store("http://localhost:7878/query")
    'http://localhost:7878/store'
    >>> guess_graph_store("http://h:3030/news/sparql")
    'http://h:3030/news/data'
    >>> guess_graph_store("http://h:7200/repositories/kg")
    'http://h:7200/repositories/kg/rdf-graphs/service'
    """
    parts = urlsplit(endpoint_url)
    path = parts.path.rstrip("/")
    if path.endswith(("/store", "/data", "/rdf-graphs/service", "/sparql-graph-crud")):
        new = path
    elif re.search(r"/repositories/[^/]+$", path):
        new = path + "/rdf-graphs/service"
    elif path.endswith("/query") and path.count("/") == 1:
        new = "/store"  # oxigraph serve
    elif path.endswith(("/query", "/sparql")) and path.count("/") >= 2:
        new = path.rsplit("/", 1)[0] + "/data"  # Fuseki: /DATASET/sparql
    elif path.endswith("/sparql"):
        new = "/sparql-graph-crud"  # Virtuoso
    else:
        raise RemoteError(f"cannot tell the graph store URL of {_safe(endpoint_url)}; give it with --graph-store "
                          "(Oxigraph: .../store, Fuseki: .../DATASET/data)")
    return urlunsplit((parts.scheme, parts.netloc, new, "", ""))


def _open(source: Any) -> tuple[Any, set[str]]:
    """A pyoxigraph Store for ``source`` and the graph IRIs to leave out (kg's bookkeeping)."""
    if isinstance(source, (str, Path)) and Path(source).is_dir():
        from kg.store import META_GRAPH, Store

        st = Store(source, read_only=True)
        return st.oxigraph, {META_GRAPH.value}
    from kg.query import as_store

    return as_store(source), set()


def graphs(store: Any, *, exclude: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[str | None, list[Any]]]:
    """Each graph of a pyoxigraph store as ``(IRI or None for the default graph, triples)``."""
    import pyoxigraph as ox

    from kg.union import has_union

    default = [] if has_union(store) else [  # a kg store's default graph is the merge of the others
        ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    if default:
        yield None, default
    for g in sorted(store.named_graphs(), key=str):
        if not isinstance(g, ox.NamedNode):
            raise RemoteError(f"graph {g} has no IRI (a blank node), so the Graph Store Protocol cannot "
                              "address it; export to a file and load that instead")
        if g.value in exclude:
            continue
        yield g.value, [ox.Triple(q.subject, q.predicate, q.object)
                        for q in store.quads_for_pattern(None, None, None, g)]


def push(source: Any, endpoint_url: str, graph_store_url: str | None = None, *, mode: str = "graphs",
         timeout: float = 60, batch_bytes: int = 8 << 20,
         on_graph: Any | None = None) -> PushReport:
    """Load a kg graph into a SPARQL 1.1 server through the Graph Store Protocol.

    Args:
        source: a graph file (.trig, .nq, .ttl ...), a kg store directory, an rdflib
            Dataset or a ``pyoxigraph.Store``.
        endpoint_url: the server's query endpoint (or directly its graph store URL).
        graph_store_url: the Graph Store Protocol URL; guessed from ``endpoint_url`` when
            not given (:func:`guess_graph_store`).
        mode: ``"graphs"``: one PUT per named graph (replaces it; standard, works on every
            server); ``"quads"``: POST the dataset as N-Quads in ``batch_bytes`` batches
            (adds; fewer requests).
        timeout: seconds to wait for each request.
        on_graph: called with the number of triples after each graph is sent (progress).

    Returns:
        a :class:`PushReport`.

    Raises:
        RemoteError: unknown mode, unreachable server, or a refused request (with the
            server's message and a hint).
    """
    import pyoxigraph as ox

    if mode not in MODES:
        raise RemoteError(f"unknown push mode {mode!r}; use one of {', '.join(MODES)}")
    gsp = graph_store_url or guess_graph_store(endpoint_url)
    store, exclude = _open(source)
    report = PushReport(url=_safe(gsp))
    start = time.perf_counter()
    http = _Http(gsp, timeout)
    try:
        if mode == "graphs":
            for iri, triples in graphs(store, exclude=exclude):
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
                target = gsp + ("?default" if iri is None else "?graph=" + quote(iri, safe=""))
                status, _ct, resp = http.request("PUT", target, body, {"Content-Type": "text/turtle"})
                if status >= 300:
                    raise _http_error("PUT of graph" if iri else "PUT of the default graph", target, status, resp)
                report.graphs += 1
                report.triples += len(triples)
                report.bytes += len(body)
                if on_graph is not None:
                    on_graph(len(triples))
        else:
            _post_quads(http, gsp, store, exclude, batch_bytes, report, on_graph)
    finally:
        http.close()
    report.seconds = time.perf_counter() - start
    return report


def _post_quads(http: _Http, gsp: str, store: Any, exclude: set[str], batch_bytes: int, report: PushReport,
                on_graph: Any | None) -> None:
    import pyoxigraph as ox

    buf: list[bytes] = []
    size = count = 0

    def send() -> None:
        nonlocal buf, size, count
        if not buf:
            return
        body = b"".join(buf)
        status, _ct, resp = http.request("POST", gsp, body, {"Content-Type": "application/n-quads"})
        if status >= 300:
            raise _http_error("POST of N-Quads to", gsp, status, resp)
        report.bytes += len(body)
        if on_graph is not None:
            on_graph(count)
        buf, size, count = [], 0, 0

    for iri, triples in graphs(store, exclude=exclude):
        g = ox.DefaultGraph() if iri is None else ox.NamedNode(iri)
        data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object, g) for t in triples],
                            format=ox.RdfFormat.N_QUADS) or b""
        buf.append(data)
        size += len(data)
        count += len(triples)
        report.graphs += 1
        report.triples += len(triples)
        if size >= batch_bytes:
            send()
    send()

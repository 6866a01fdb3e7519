"""SPARQL over kg graphs, answered by Oxigraph.

rdflib's own SPARQL engine is kept out of every path here: measured on the
issue's 2-hop query over 100k triples it took 130-150 s where Oxigraph took
0.2-1 s.  Queries see the merge of all data graphs as their default graph (a set:
a triple two documents state counts once, see :mod:`kg.union`), and
kg's prefixes (``kg:``, ``kgid:``, ``rdfs:``, ``skos:``, ``schema:``, ``prov:`` ...)
are predeclared.

Safety: queries are read-only (updates are refused), ``SERVICE`` and other
network access are refused unless ``allow_network=True``, and ``timeout`` stops a
query that runs too long (it runs in a child process that is killed).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from kg.errors import QueryError
from kg.namespace import PREFIXES

QUERY_DIR = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "json", "tsv")

_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')
_UPDATE = re.compile(r"(?<![?$:\w])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_NETWORK = re.compile(r"(?<![?$:\w])(SERVICE)\b", re.I)


def _code_only(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out (keywords only)."""
    return _STRINGS.sub(lambda m: " " * len(m.group()), sparql)


#: A ``kgid:`` name as kg prints it, which SPARQL cannot always parse (``kgid:country/KP``,
#: ``kgid:org/ريال``, ``kgid:person/name~ab12``: a slash, a tilde or an Arabic letter that the
#: IRI holds percent-encoded).
_KGID_NAME = re.compile(r"(?<![\w:?$<])kgid:([^\s{}()\[\]<>,;\"'|^`\\]+)")
#: A local name SPARQL parses as it is and whose IRI is the same string.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_DECLARES_KGID = re.compile(r"\bPREFIX\s+kgid\s*:", re.I)


def expand_ids(sparql: str) -> str:
    """Let a query name instances the way kg's tables print them.

    ``kg query`` shows ``kgid:country/KP`` and ``kgid:org/ريال``; SPARQL reads neither (a
    slash must be escaped, and the stored IRI holds the Arabic percent-encoded).  Outside
    strings, IRIs and comments, each such ``kgid:`` name becomes the full IRI kg minted
    for it (:func:`kg.graph.rdf.entity_iri`, :func:`kg.graph.rdf.document_iri`).  A query
    that declares its own ``kgid:`` prefix is left alone.

    >>> expand_ids('SELECT * WHERE { kgid:country/KP ?p "kgid:x/y" }')
    'SELECT * WHERE { <https://w3id.org/newskg/id/country/KP> ?p "kgid:x/y" }'
    >>> expand_ids("ASK { kgid:org/ريال a ?t . kgid:graph ?p ?o }")
    'ASK { <https://w3id.org/newskg/id/org/%D8%B1%D9%8A%D8%A7%D9%84> a ?t . kgid:graph ?p ?o }'
    """
    from urllib.parse import unquote

    from kg.graph.rdf import document_iri, entity_iri

    if _DECLARES_KGID.search(_code_only(sparql)):
        return sparql

    def iri(m: re.Match[str]) -> str:
        local = m.group(1)
        tail = len(local) - len(local.rstrip("."))  # "kgid:country/KP." ends a triple
        local = local[: len(local) - tail]
        if not local or _PLAIN_LOCAL.fullmatch(local):
            return m.group(0)
        # compact() printed the id decoded, or still encoded when it holds a space
        node = document_iri(unquote(local[4:])) if local.startswith("doc/") else entity_iri(local)
        return f"<{node}>" + "." * tail

    out, pos = [], 0
    for m in _STRINGS.finditer(sparql):
        out.append(_KGID_NAME.sub(iri, sparql[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_KGID_NAME.sub(iri, sparql[pos:]))
    return "".join(out)


def check(sparql: str, *, allow_network: bool = False, allow_update: bool = False) -> None:
    """Refuse what a read-only, offline query must not do.

    Raises:
        QueryError: the query is empty, an update, or uses SERVICE without ``allow_network``.
    """
    if not sparql.strip():
        raise QueryError("the query is empty; give a SPARQL query or --file q.rq")
    code = _code_only(sparql)
    m = _UPDATE.search(code)
    if m and not allow_update:
        raise QueryError(f"{m.group(1).upper()} is an update; kg query is read-only (use kg ingest / kg remove to change a store)")
    m = _NETWORK.search(code)
    if m and not allow_network:
        raise QueryError("SERVICE reaches the network and is refused; pass --allow-network to permit it")


def as_store(source: Any, *, union: bool = False) -> Any:
    """A ``pyoxigraph.Store`` for a dataset, graph, store, or RDF file path.

    Args:
        union: when kg makes the store itself (a path, or a copy of an rdflib graph
            held elsewhere), also write the merge of its graphs into the default graph
            (:func:`kg.union.build`) so that queries count each triple once.  A store
            passed in is never changed.
    """
    import pyoxigraph as ox

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, Path)):
        from kg.io import load_store

        store = load_store(Path(source))
    else:
        inner = getattr(getattr(source, "store", None), "_inner", None)
        if isinstance(inner, ox.Store):
            return inner
        # an rdflib graph in another store: copy through N-Quads
        store = ox.Store()
        data = source.serialize(format="nquads" if hasattr(source, "contexts") else "nt", encoding="utf-8")
        fmt = ox.RdfFormat.N_QUADS if hasattr(source, "contexts") else ox.RdfFormat.N_TRIPLES
        store.bulk_load(data, format=fmt)
    if union:
        from kg.union import build

        build(store)
    return store


#: A kg store's bookkeeping graph: never part of what queries and exports see.
META_GRAPH_IRI = "https://w3id.org/newskg/id/graph/meta"


def _run(store: Any, sparql: str) -> Any:
    from kg.union import query_options

    try:
        return store.query(sparql, prefixes=PREFIXES, **query_options(store, sparql))
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {_syntax_message(sparql, str(exc))}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


_PREFIX_USE = re.compile(r"(?<![\w:?$.-])([A-Za-z][\w.-]*)?:")
_PREFIX_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.I)
_PARSER_POSITION = re.compile(r"^error at \d+:\d+")


def _undeclared_prefixes(sparql: str) -> list[str]:
    """Prefixes the query uses (outside strings, IRIs and comments) that neither it nor kg declares."""
    code = _code_only(sparql)
    declared = set(PREFIXES) | {m.group(1) or "" for m in _PREFIX_DECLARED.finditer(code)}
    used = (m.group(1) or "" for m in _PREFIX_USE.finditer(code))
    return list(dict.fromkeys(p for p in used if p not in declared))


def _syntax_message(sparql: str, message: str) -> str:
    """The parser's message, or, when the query uses a prefix nobody declared, that prefix: the
    parser's own words for it are a list of the characters a name may hold ("expected one of
    Prefix not found, ['%'], ['-' | '0' ..= '9' ...") or "expected OPTIONAL"."""
    missing = _undeclared_prefixes(sparql)
    if not missing:
        return _short(message)
    where = _PARSER_POSITION.match(message)
    names = " ".join(f"{p}:" for p in missing)
    known = " ".join(f"{p}:" for p in PREFIXES)
    return (f"{where.group() + ': ' if where else ''}undeclared prefix {names}; declare it "
            f"(PREFIX {missing[0]}: <...>) or use one kg declares: {known}")


def _short(message: str, keep: int = 8) -> str:
    """The parser's message with a long 'expected one of ...' list cut to its first items."""
    head, sep, rest = message.partition("expected one of ")
    if not sep:
        return message.splitlines()[0] if message else message
    items = rest.replace("\n", " ").split(", ")
    more = len(items) - keep
    return head + sep + ", ".join(items[:keep]) + (f" (or {more} more)" if more > 0 else "")


def to_rdflib(term: Any) -> Any:
    """Convert a pyoxigraph term to the rdflib term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term


def run_raw(source: Any, sparql: str) -> Any:
    """Run a checked query and return pyoxigraph's own result (for streaming writers)."""
    check(sparql)
    return _run(as_store(source, union=True), sparql)


def select(source: Any, sparql: str) -> list[dict[str, Any]]:
    """Run a SELECT query and return rows as dicts of rdflib terms (unbound -> absent)."""
    check(sparql)
    res = _run(as_store(source, union=True), sparql)
    names = [v.value for v in res.variables]
    rows = []
    try:
        for sol in res:
            rows.append({n: to_rdflib(sol[n]) for n in names if sol[n] is not None})
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None
    return rows


@dataclass
class Result:
    """A query's answer: variables and rows of rdflib terms, or a boolean, or triples."""

    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list[tuple[Any, Any, Any]] | None = None

    def head(self, limit: int | None) -> Result:
        """The first ``limit`` rows (all of them for None): an endpoint sends its whole answer,
        so ``--limit`` cuts it here, as :func:`query` stops reading a local one."""
        if limit is None:
            return self
        triples = None if self.triples is None else self.triples[:limit]
        return Result(self.variables, self.rows[:limit], self.boolean, triples)


def query(source: Any, sparql: str, *, allow_network: bool = False, timeout: float | None = None,
          limit: int | None = None) -> Result:
    """Answer a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a kg graph.

    Args:
        source: an rdflib Dataset/Graph, a pyoxigraph Store, or a path to an RDF file.
        sparql: the query; kg's prefixes are predeclared, and instances may be named as kg
            prints them (``kgid:country/KP``, ``kgid:org/ريال``; see :func:`expand_ids`).
        allow_network: permit SERVICE.
        timeout: seconds after which the query is stopped (QueryError).
        limit: keep at most this many rows.

    Raises:
        QueryError: malformed, refused, failed or timed out.
    """
    check(sparql, allow_network=allow_network)
    sparql = expand_ids(sparql)
    store = as_store(source, union=True)
    if timeout:
        return _with_timeout(store, sparql, timeout, limit)
    return _collect(store, sparql, limit)


def _collect(store: Any, sparql: str, limit: int | None) -> Result:
    import pyoxigraph as ox

    res = _run(store, sparql)
    try:
        if isinstance(res, ox.QueryBoolean):
            return Result([], [], boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            triples = []
            for t in res:
                triples.append((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
                if limit and len(triples) >= limit:
                    break
            return Result(["subject", "predicate", "object"], [list(t) for t in triples], triples=triples)
        names = [v.value for v in res.variables]
        rows = []
        for sol in res:
            rows.append([to_rdflib(sol[n]) for n in names])
            if limit and len(rows) >= limit:
                break
        return Result(names, rows)
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _with_timeout(store: Any, sparql: str, timeout: float, limit: int | None) -> Result:
    """Run in a forked child that inherits the store; kill it after ``timeout`` seconds."""
    import multiprocessing as mp
    import pickle

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work() -> None:
        try:
            out: Any = _collect(store, sparql, limit)
        except QueryError as exc:
            out = exc
        child.send_bytes(pickle.dumps(out))
        child.close()

    proc = ctx.Process(target=work, daemon=True)
    proc.start()
    child.close()
    if parent.poll(timeout):
        try:
            out = pickle.loads(parent.recv_bytes())
        except EOFError:
            out = QueryError("the query process ended without an answer")
        proc.join(5)
    else:
        proc.kill()
        proc.join(5)
        raise QueryError(f"the query ran longer than --timeout {timeout:g} s and was stopped")
    if isinstance(out, QueryError):
        raise out
    return out  # type: ignore[no-any-return]


# --- output ------------------------------------------------------------------------------

def compact(term: Any) -> str:
    """A term as a short string for people to read: prefixed IRIs with percent-escapes
    decoded (``kgid:person/مقتدى-الصدر~bb6e3fb414``), plain literal values.  The csv,
    tsv and json formats give the IRIs as they are.

    >>> from rdflib import URIRef
    >>> compact(URIRef("https://w3id.org/newskg/id/person/%D9%83%D9%8A%D9%85~ab12"))
    'kgid:person/كيم~ab12'
    >>> compact(URIRef("http://example.org/a b"))
    '<http://example.org/a b>'
    """
    from urllib.parse import unquote

    from rdflib import Literal, URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for p, iri in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if s.startswith(iri) and re.fullmatch(r"[\w./%~-]*", s[len(iri):]):
                local = unquote(s[len(iri):])
                return f"{p}:{local}" if re.fullmatch(r"[\w./~-]*", local) else f"{p}:{s[len(iri):]}"
        return f"<{s}>"
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def format_result(res: Result, fmt: str = "table") -> str:
    """Render a result as ``table`` (aligned text), ``csv``, ``tsv`` or ``json``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if res.boolean is not None:
        return json.dumps({"boolean": res.boolean}) if fmt == "json" else ("true" if res.boolean else "false")
    if fmt == "json":
        return json.dumps({"head": {"vars": res.variables},
                           "results": {"bindings": [
                               {v: _json_term(t) for v, t in zip(res.variables, row) if t is not None}
                               for row in res.rows]}}, ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.variables)
        for row in res.rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue().rstrip("\n")
    cells = [[compact(t).replace("\n", " ") for t in row] for row in res.rows]
    widths = [max([len(v)] + [min(60, len(r[i])) for r in cells]) for i, v in enumerate(res.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(res.variables, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join((c if len(c) <= 60 else c[:59] + "…").ljust(w) for c, w in zip(r, widths)).rstrip())
    lines.append(f"({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})")
    return "\n".join(lines)


def _json_term(t: Any) -> dict[str, str]:
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    if isinstance(t, Literal):
        d = {"type": "literal", "value": str(t)}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype:
            d["datatype"] = str(t.datatype)
        return d
    return {"type": "literal", "value": str(t)}


# --- named queries --------------------------------------------------------------------------

@dataclass
class NamedQuery:
    """A query shipped with kg (``kg/queries/NAME.rq``); ``$param`` are its parameters."""

    name: str
    description: str
    params: list[str]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries, by name."""
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        desc = next((ln[1:].strip() for ln in text.splitlines() if ln.startswith("#") and not ln.startswith("#+")), "")
        params = sorted(set(re.findall(r"\$(\w+)", _code_only(text))))
        out[path.stem] = NamedQuery(path.stem, desc, params, text)
    return out


_BIND = re.compile(r"^#\+ bind \?(\w+): (.+)$", re.M)


def prepare(source: Any, nq: NamedQuery, values: dict[str, str],
            run_lookup: Callable[[str], Result] | None = None) -> str:
    """Fill a named query and resolve its ``#+ bind ?var: SELECT ...`` lines.

    Each bind line's query runs first; its answers replace the line ``# VALUES ?var``
    of the main query with a ``VALUES`` block, so the main query starts from those
    few nodes (Oxigraph does not push a label filter into the joins: measured at
    1M triples, events-of took 2.1 s in one query and 0.1 s bound this way).
    Without :func:`prepare` (:func:`fill` alone) the query is still correct, only slower.
    ``run_lookup`` answers the bind queries elsewhere (a SPARQL endpoint); by default
    they run on ``source``.
    """
    text = fill(nq, values)
    for var, lookup in _BIND.findall(text):
        found = run_lookup(lookup) if run_lookup is not None else query(source, lookup)
        terms = " ".join(t.n3() for row in found.rows for t in row if t is not None)
        text = text.replace(f"# VALUES ?{var}", f"VALUES ?{var} {{ {terms} }}", 1)
    return text


def fill(nq: NamedQuery, values: dict[str, str]) -> str:
    """The query text with ``$param`` replaced by safely quoted string literals."""
    missing = [p for p in nq.params if p not in values]
    if missing:
        raise QueryError(f"query {nq.name!r} needs --param {missing[0]}=VALUE (parameters: {', '.join(nq.params)})")
    unknown = [k for k in values if k not in nq.params]
    if unknown:
        raise QueryError(f"query {nq.name!r} has no parameter {unknown[0]!r} (parameters: {', '.join(nq.params) or 'none'})")
    text = nq.text
    for k, v in values.items():
        text = re.sub(rf"\${k}\b", lambda _m, v=v: json.dumps(v, ensure_ascii=False), text)
    return text

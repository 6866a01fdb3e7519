"""The graph: documents -> RDF (the single source of truth) -> NetworkX."""

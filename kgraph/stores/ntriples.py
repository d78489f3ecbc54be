"""Compatibility alias: the N-Triples writer moved to :mod:`kgraph.ntriples`.

Stores only hold triples; turning edges into triples is the RDF mapping's job.
"""

from ..ntriples import TripleWriter, iri, literal

__all__ = ["TripleWriter", "iri", "literal"]

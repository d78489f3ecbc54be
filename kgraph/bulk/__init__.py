"""Bulk reading of SPARQL-native stores: rows of events, then edges and networkx views.

The reading half of the RDF mapping for stores queried in SPARQL (Oxigraph, remote
endpoints); the writing half is :mod:`kgraph.ntriples`. Its queries are generated
from escaped terms (:func:`kgraph.ntriples.iri`), never from user values;
:mod:`kgraph.storeview` uses it, and the stores themselves only hold triples.
"""

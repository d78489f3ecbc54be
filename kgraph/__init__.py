"""kgraph: news articles to an actor-relationship knowledge graph.

Examples
--------
>>> import kgraph
>>> [str(e) for e in kgraph.extract("Russia condemned the United States.")]
['Russia --condemns--> United States']
"""

import importlib as _importlib
import sys as _sys
import types as _types
import typing as _typing

from .actors import ActorDictionary, default_actors, load_actors
from .analysis import (
    Ranking,
    aggregated_graph,
    betweenness_ranking,
    cooperation_balance,
    degree_ranking,
    ego_network,
    louvain_communities,
    pagerank_ranking,
    signed_graph,
    time_slices,
)
from .datelines import dateline_date
from .errors import InputError, KgraphError, ModelError, RDFParseError, StoreError, VocabularyError
from .events import Event, consolidate
from .export import (
    read_edges_csv,
    shapes_graph,
    to_csv,
    to_dataframe,
    to_gexf,
    to_graphml,
    to_jsonld,
    to_parquet,
    validate,
    write_ontology,
    write_shapes,
)
from .graph import KnowledgeGraph, load
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .model import Actor, Affiliation, Document, Edge
from .query import SPARQL_QUERIES, affiliates, filter_edges, profile, timeline, who, whom
from .sources import SkippedInputWarning
from .table import EdgeTable, edges_table
from .vocab import Relation, Vocabulary, default_vocabulary, load_vocabulary

if _typing.TYPE_CHECKING:
    from .extract import Extractor, NotEnglishWarning, extract

__version__ = "0.1.0"

__all__ = [
    "SPARQL_QUERIES",
    "Actor",
    "ActorDictionary",
    "Affiliation",
    "Document",
    "Edge",
    "EdgeTable",
    "Event",
    "Extractor",
    "InputError",
    "KgraphError",
    "KnowledgeGraph",
    "Lexicon",
    "ModelError",
    "NotEnglishWarning",
    "RDFParseError",
    "Ranking",
    "Relation",
    "SkippedInputWarning",
    "StoreError",
    "Vocabulary",
    "VocabularyError",
    "affiliates",
    "aggregated_graph",
    "betweenness_ranking",
    "consolidate",
    "cooperation_balance",
    "dateline_date",
    "default_actors",
    "default_lexicon",
    "default_vocabulary",
    "degree_ranking",
    "edges_table",
    "ego_network",
    "extract",
    "filter_edges",
    "load",
    "load_actors",
    "load_lexicon",
    "load_vocabulary",
    "louvain_communities",
    "pagerank_ranking",
    "profile",
    "read_edges_csv",
    "shapes_graph",
    "signed_graph",
    "time_slices",
    "timeline",
    "to_csv",
    "to_dataframe",
    "to_gexf",
    "to_graphml",
    "to_jsonld",
    "to_parquet",
    "validate",
    "who",
    "whom",
    "write_ontology",
    "write_shapes",
]


# The extraction names load on first use, so that reading, querying and exporting a saved graph
# (and ``kgraph --help``) never imports spaCy. ``extract`` is a property of the package: importing
# the submodule kgraph.extract would otherwise rebind ``kgraph.extract`` from the function to it.
def _extraction() -> _types.ModuleType:
    return _importlib.import_module(f"{__name__}.extract")


def __getattr__(name: str) -> _typing.Any:
    if name in ("Extractor", "NotEnglishWarning"):
        value = globals()[name] = getattr(_extraction(), name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(_types.ModuleType):
    @property
    def extract(self) -> _typing.Any:
        """:func:`kgraph.extract.extract`, imported on first use."""
        function = self.__dict__["extract"] = _extraction().extract  # listed in vars(), as before
        return function

    @extract.setter
    def extract(self, value: _typing.Any) -> None:
        """Ignore the import system binding the submodule: ``kgraph.extract`` stays the function."""


_sys.modules[__name__].__class__ = _Package

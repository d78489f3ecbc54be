"""kgraph: news articles to an actor-relationship knowledge graph.

Examples
--------
>>> import kgraph
>>> [str(e) for e in kgraph.extract("Russia condemned the United States.")]
['Russia --condemns--> United States']
"""

from .actors import ActorDictionary, default_actors, load_actors
from .errors import InputError, KgraphError, ModelError, RDFParseError, StoreError, VocabularyError
from .extract import Extractor, NotEnglishWarning, extract
from .graph import KnowledgeGraph, load
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .model import Actor, Affiliation, Document, Edge
from .sources import SkippedInputWarning
from .vocab import Relation, Vocabulary, default_vocabulary, load_vocabulary

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorDictionary",
    "Affiliation",
    "Document",
    "Edge",
    "Extractor",
    "InputError",
    "KgraphError",
    "KnowledgeGraph",
    "Lexicon",
    "ModelError",
    "NotEnglishWarning",
    "RDFParseError",
    "Relation",
    "SkippedInputWarning",
    "StoreError",
    "Vocabulary",
    "VocabularyError",
    "default_actors",
    "default_lexicon",
    "default_vocabulary",
    "extract",
    "load",
    "load_actors",
    "load_lexicon",
    "load_vocabulary",
]

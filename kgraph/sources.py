"""Reading documents from files, directories and JSON Lines records.

A record is a mapping with ``text`` and optional ``id``, ``date``, ``title``,
``url`` and ``outlet``. Files are read lazily, one record at a time (a JSON
Lines file line by line). HTML pages (``.html``, ``.htm``) are reduced to their
article by trafilatura (the ``html`` extra; see :mod:`kgraph.articles`).
Directories are read for ``*.txt``, ``*.jsonl`` and HTML files; a
``metadata.json`` beside them (``{file name: {title, outlet, date, url}}``)
supplies document metadata, as in the project's ``seeds/`` folder.

A document that comes without a date is dated by its dateline, when it opens
with one ("MOSCOW, March 13 (Reuters) -"; see :mod:`kgraph.datelines`): the
year is the dateline's own, or, for a file, the one that puts the day on or
before the file's modification time; a record with neither stays undated.

Examples
--------
>>> from kgraph.sources import iter_records
>>> [r.id for r in iter_records([{"id": "a", "text": "Russia met Ukraine."}])]
['a']
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .datelines import dateline_date, reference_day
from .errors import InputError
from .model import Record  # defined with the model: kgraph.articles makes them too

__all__ = ["Record", "SkippedInputWarning", "count_records", "iter_records", "text_doc_id", "text_record"]


class SkippedInputWarning(UserWarning):
    """A file was skipped (binary, unreadable) or read with replacement characters."""


def text_doc_id(text: str) -> str:
    """Return a stable document id for a text without one (a content hash)."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _read_text(path: Path) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from err
    return _decode(raw, str(path))


def _decode(raw: bytes, where: str) -> str | None:
    """UTF-8 text of a file's bytes; None (with a warning) for a binary file."""
    if b"\x00" in raw[:8192]:
        warnings.warn(f"skipped binary file {where}", SkippedInputWarning, stacklevel=4)
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        warnings.warn(f"{where} is not valid UTF-8 (byte {err.start}); undecodable bytes were "
                      "replaced with U+FFFD", SkippedInputWarning, stacklevel=4)
        return raw.decode("utf-8", errors="replace")


def text_record(raw: bytes, where: str = "standard input", doc_id: str | None = None,
                reference: _dt.date | str | None = None) -> Record | None:
    """Return the record of one text given as bytes (standard input), or None for binary data.

    The id is ``doc_id`` or a hash of the text (:func:`text_doc_id`); the date
    comes from a dateline (see :mod:`kgraph.datelines`), with ``reference`` for
    its year.

    Examples
    --------
    >>> rec = text_record(b"MOSCOW, March 13 (Reuters) - Russia met China.", reference="2025-05-01")
    >>> rec.date, rec.id.startswith("sha256-")
    ('2025-03-13', True)
    """
    text = _decode(raw, where)
    if text is None:
        return None
    return _from_mapping({"text": text, **({"id": doc_id} if doc_id is not None else {})}, where,
                         reference=reference_day(reference))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: str, where: str) -> str:
    """Replace lone surrogates (from JSON ``\\ud800`` escapes), which UTF-8 cannot encode."""
    if not _SURROGATE.search(value):
        return value
    warnings.warn(f"{where}: unpaired surrogate code points were replaced with U+FFFD",
                  SkippedInputWarning, stacklevel=4)
    return _SURROGATE.sub("\ufffd", value)


def _from_mapping(rec: Mapping, where: str, meta: Mapping | None = None,
                  reference: _dt.date | None = None) -> Record:
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: record has no 'text' string")
    text = _scrub(text, where)
    meta = meta or {}
    doc_id = rec.get("id", rec.get("doc_id"))
    doc_id = _scrub(str(doc_id), where) if doc_id is not None else text_doc_id(text)

    def pick(key: str) -> str | None:
        v = rec.get(key, meta.get(key))
        return None if v is None else _scrub(str(v), where)

    date = pick("date") or dateline_date(text, reference)  # an undated story dated by its dateline
    return Record(text=text, id=doc_id, date=date, title=pick("title"), url=pick("url"),
                  outlet=pick("outlet"))


def _file_day(path: Path) -> _dt.date | None:
    """The day ``path`` was last modified (UTC): the text existed by then, for datelines without a year."""
    try:
        return _dt.datetime.fromtimestamp(path.stat().st_mtime, tz=_dt.timezone.utc).date()
    except (OSError, ValueError, OverflowError):
        return None


def _metadata(folder: Path) -> dict:
    meta = folder / "metadata.json"
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"cannot read {meta}: {err}") from err
    return data if isinstance(data, dict) else {}


_HTML = (".html", ".htm")


def _jsonl_lines(path: Path) -> Iterator[str]:
    """The lines of a JSON Lines file, read as they are needed (never the whole file at once)."""
    try:
        fh = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from err
    with fh:
        if b"\x00" in fh.read(8192):
            warnings.warn(f"skipped binary file {path}", SkippedInputWarning, stacklevel=4)
            return
        fh.seek(0)
        warned = False
        for n, raw in enumerate(fh, 1):
            try:
                yield raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as err:
                if not warned:
                    warnings.warn(f"{path} is not valid UTF-8 (line {n}, byte {err.start}); undecodable "
                                  "bytes were replaced with U+FFFD", SkippedInputWarning, stacklevel=4)
                    warned = True
                yield raw.decode("utf-8", errors="replace")


def _from_html(path: Path, meta: Mapping, in_folder: bool, reference: _dt.date | None) -> Iterator[Record]:
    from .articles import html_record

    text = _read_text(path)
    if text is None:
        return
    try:
        rec = html_record(text, path.name, dict(meta.get(path.name, {})))
    except InputError as err:
        if not in_folder:
            raise
        warnings.warn(f"skipped {path}: {err.message}", SkippedInputWarning, stacklevel=4)
        return
    if rec.date is None:
        rec = dataclasses.replace(rec, date=dateline_date(rec.text, reference or _file_day(path)))
    yield rec


def _from_path(path: Path, meta: Mapping | None = None, in_folder: bool = False,
               reference: _dt.date | None = None) -> Iterator[Record]:
    if path.is_dir():
        folder_meta = _metadata(path)
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in
                       (".txt", ".jsonl", ".md", *_HTML))
        for f in files:
            yield from _from_path(f, folder_meta, in_folder=True, reference=reference)
        return
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if path.suffix.lower() in _HTML:
        meta = meta if meta is not None else _metadata(path.parent)
        yield from _from_html(path, meta, in_folder, reference)
        return
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(_jsonl_lines(path), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{n}: invalid JSON: {err.msg}") from err
            if not isinstance(rec, dict):
                raise InputError(f"{path}:{n}: a record must be a JSON object")
            yield _from_mapping(rec, f"{path}:{n}", reference=reference)
        return
    text = _read_text(path)
    if text is None:
        return
    m = (meta or {}).get(path.name, {}) if meta else _metadata(path.parent).get(path.name, {})
    yield _from_mapping({"text": text, "id": path.name, **{k: v for k, v in m.items()
                                                            if k in ("date", "title", "url", "outlet")}},
                        str(path), reference=reference or _file_day(path))


def iter_records(items: str | Path | Mapping | Iterable,
                 reference: _dt.date | str | None = None) -> Iterator[Record]:
    """Yield :class:`Record` objects from paths, directories, JSONL files or mappings.

    An undated record that opens with a dateline gets its date (see the module
    notes); ``reference``, a day the texts existed by, gives the year of a
    dateline that has none (instead of each file's modification time).

    Raises
    ------
    TypeError
        If ``items`` (or one of them) is not a path, a mapping or a Record.
    InputError
        If a path is empty or missing, or a record has no text.
    """
    if isinstance(items, (str, Path, Mapping)):
        items = [items]
    elif not isinstance(items, Iterable) or isinstance(items, (bytes, bytearray)):
        raise TypeError(f"items must be a path, a record or an iterable of them, "
                        f"not {type(items).__name__}")
    day = reference_day(reference)
    for i, item in enumerate(items):
        if isinstance(item, Record):
            yield item
        elif isinstance(item, Mapping):
            yield _from_mapping(item, f"record {i}", reference=day)
        elif isinstance(item, (str, Path)):
            if not str(item).strip():  # Path("") is the current directory
                raise InputError(f"item {i} is an empty path")
            yield from _from_path(Path(item), reference=day)
        else:
            raise TypeError(f"cannot read documents from {type(item).__name__}; "
                            "give paths, directories, .jsonl files or dicts with 'text'")


def _count_path(path: Path) -> int:
    if path.is_dir():
        return sum(_count_path(f) for f in path.iterdir()
                   if f.is_file() and f.suffix.lower() in (".txt", ".jsonl", ".md", *_HTML))
    if path.suffix.lower() == ".jsonl":
        try:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        except OSError:
            return 0
    return 1 if path.exists() else 0


def count_records(items: object) -> int | None:
    """Return how many records :func:`iter_records` will read from ``items``, or None if unknown.

    Paths are counted from the file system (a file, the files of a folder, the
    non-blank lines of a JSON Lines file); records and mappings count one each.
    A one-shot iterable (a generator) cannot be counted without consuming it: None.
    Used for the total of a progress bar; a skipped binary file still counts.

    Examples
    --------
    >>> count_records([{"text": "a"}, {"text": "b"}]), count_records(iter([{"text": "a"}]))
    (2, None)
    """
    if isinstance(items, (str, Path)):
        return _count_path(Path(items)) if str(items).strip() else None
    if isinstance(items, (Mapping, Record)):
        return 1
    if not isinstance(items, (list, tuple)):
        return None
    total = 0
    for item in items:
        n = count_records(item) if isinstance(item, (str, Path, Mapping, Record)) else None
        if n is None:
            return None
        total += n
    return total

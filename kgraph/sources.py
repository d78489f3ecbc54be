"""Reading documents from files, directories and JSON Lines records.

A record is a mapping with ``text`` and optional ``id``, ``date``, ``title``,
``url`` and ``outlet``. Files are read lazily, one record at a time (a JSON
Lines file line by line). HTML pages (``.html``, ``.htm``) are reduced to their
article by trafilatura (the ``html`` extra; see :mod:`kgraph.articles`).
Directories are read for ``*.txt``, ``*.jsonl`` and HTML files; a
``metadata.json`` beside them (``{file name: {title, outlet, date, url}}``)
supplies document metadata, as in the project's ``seeds/`` folder.

Examples
--------
>>> from kgraph.sources import iter_records
>>> [r.id for r in iter_records([{"id": "a", "text": "Russia met Ukraine."}])]
['a']
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .errors import InputError
from .model import Record  # defined with the model: kgraph.articles makes them too

__all__ = ["Record", "SkippedInputWarning", "iter_records", "text_doc_id"]


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
    if b"\x00" in raw[:8192]:
        warnings.warn(f"skipped binary file {path}", SkippedInputWarning, stacklevel=3)
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        warnings.warn(f"{path} is not valid UTF-8 (byte {err.start}); undecodable bytes were "
                      "replaced with U+FFFD", SkippedInputWarning, stacklevel=3)
        return raw.decode("utf-8", errors="replace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: str, where: str) -> str:
    """Replace lone surrogates (from JSON ``\\ud800`` escapes), which UTF-8 cannot encode."""
    if not _SURROGATE.search(value):
        return value
    warnings.warn(f"{where}: unpaired surrogate code points were replaced with U+FFFD",
                  SkippedInputWarning, stacklevel=4)
    return _SURROGATE.sub("\ufffd", value)


def _from_mapping(rec: Mapping, where: str, meta: Mapping | None = None) -> Record:
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

    return Record(text=text, id=doc_id, date=pick("date"), title=pick("title"), url=pick("url"),
                  outlet=pick("outlet"))


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


def _from_html(path: Path, meta: Mapping, in_folder: bool) -> Iterator[Record]:
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
    yield rec


def _from_path(path: Path, meta: Mapping | None = None, in_folder: bool = False) -> Iterator[Record]:
    if path.is_dir():
        folder_meta = _metadata(path)
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in
                       (".txt", ".jsonl", ".md", *_HTML))
        for f in files:
            yield from _from_path(f, folder_meta, in_folder=True)
        return
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if path.suffix.lower() in _HTML:
        yield from _from_html(path, meta if meta is not None else _metadata(path.parent), in_folder)
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
            yield _from_mapping(rec, f"{path}:{n}")
        return
    text = _read_text(path)
    if text is None:
        return
    m = (meta or {}).get(path.name, {}) if meta else _metadata(path.parent).get(path.name, {})
    yield _from_mapping({"text": text, "id": path.name, **{k: v for k, v in m.items()
                                                            if k in ("date", "title", "url", "outlet")}},
                        str(path))


def iter_records(items: str | Path | Mapping | Iterable) -> Iterator[Record]:
    """Yield :class:`Record` objects from paths, directories, JSONL files or mappings.

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
    for i, item in enumerate(items):
        if isinstance(item, Record):
            yield item
        elif isinstance(item, Mapping):
            yield _from_mapping(item, f"record {i}")
        elif isinstance(item, (str, Path)):
            if not str(item).strip():  # Path("") is the current directory
                raise InputError(f"item {i} is an empty path")
            yield from _from_path(Path(item))
        else:
            raise TypeError(f"cannot read documents from {type(item).__name__}; "
                            "give paths, directories, .jsonl files or dicts with 'text'")

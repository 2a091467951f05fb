"""Read raw articles: the ``.txt`` format of the contract and ``.jsonl`` (one article a line).

Reading never raises on bad input. Every input either becomes a :class:`RawArticle` or a
:class:`Reject` naming the file and the reason, so the build can account for every file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".jsonl")
HEADER_KEYS = ("date", "title", "url", "source", "author", "language")
# The header's `source` is the outlet; the articles table's `source` is the raw file path.
HEADER_COLUMN = {"source": "publisher"}
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
_HEADER_LINE = re.compile(r"[ \t]*([a-z_]+)[ \t]+(\S.*?)[ \t]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class RawArticle:
    article_id: str
    source: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Reject:
    source: str
    reason: str
    detail: str

    def message(self) -> str:
        return f"rejected {self.source}: {self.reason}: {self.detail}"


class BadArticle(ValueError):
    """An input that cannot become an article; ``reason`` is one of the values the rejects
    table's ``reason`` column allows (``schema/rejects.yaml``), checked when the table is validated."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def normalise_body(body: str) -> str:
    """The contract's ``articles.text``: CR LF and CR become LF, outer white space stripped."""
    return body.replace("\r\n", "\n").replace("\r", "\n").strip()


def content_id(date: dt.date, text: str) -> str:
    """Content-derived id: independent of file names, listing order and other articles."""
    digest = hashlib.sha256(f"{date.isoformat()}\n{text}".encode())
    return digest.hexdigest()[:16]


def parse_date(value: str) -> dt.date:
    value = value.strip()
    if not _ISO_DATE.fullmatch(value):
        raise BadArticle("bad_date", f"date {value!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise BadArticle("bad_date", f"date {value!r} is not a calendar date ({exc})") from None


def decode_utf8(data: bytes, base_offset: int = 0) -> str:
    """Decode UTF-8 (a BOM is dropped); a NUL byte means binary, a bad byte is reported by offset.

    ``base_offset`` is where ``data`` starts in its file, so offsets name the file's byte.
    """
    if b"\x00" in data:
        raise BadArticle("binary", f"NUL byte at byte offset {base_offset + data.index(0)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = base_offset + exc.start
        raise BadArticle(
            "not_utf8", f"invalid UTF-8 byte 0x{data[exc.start]:02x} at byte offset {at}"
        ) from None
    return text.removeprefix("\ufeff")


def _make_article(source: str, fields: dict[str, str], body: str, given_id: str | None = None) -> RawArticle:
    if "date" not in fields:
        raise BadArticle("no_date", "no date in the header")
    date = parse_date(fields["date"])
    text = normalise_body(body)
    if not text:
        raise BadArticle("empty_body", "the body is empty")
    if given_id is not None and not ID_PATTERN.fullmatch(given_id):
        raise BadArticle("bad_id", f"id {given_id!r} does not match {ID_PATTERN.pattern}")
    extra = {
        HEADER_COLUMN.get(k, k): (v.strip() or None)
        for k, v in fields.items()
        if k in HEADER_KEYS and k != "date"
    }
    return RawArticle(
        article_id=given_id or content_id(date, text), source=source, date=date, text=text, **extra
    )


def parse_txt(source: str, text: str) -> RawArticle:
    """Parse the contract's text format: ``key value`` header lines, a blank line, the body."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    fields: dict[str, str] = {}
    while i < len(lines) and lines[i].strip():
        m = _HEADER_LINE.fullmatch(lines[i].rstrip("\r"))
        if not m or m.group(1) not in HEADER_KEYS:
            break  # the body started without a blank line: keep it, lose nothing
        fields.setdefault(m.group(1), m.group(2))
        i += 1
    if not fields:
        first = lines[i].strip()[:60] if i < len(lines) else ""
        raise BadArticle("no_header", f"first line is not a 'key value' header: {first!r}")
    return _make_article(source, fields, "\n".join(lines[i:]))


def parse_jsonl_line(source: str, line: str) -> RawArticle:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadArticle("bad_json", f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadArticle("bad_json", "the line is not a JSON object")
    fields = {k: str(v) for k, v in obj.items() if k in HEADER_KEYS and v is not None}
    body = obj.get("text")
    if not isinstance(body, str):
        raise BadArticle("empty_body", "no string 'text' field")
    given = obj.get("id")
    return _make_article(source, fields, body, None if given is None else str(given))


class Source:
    """A folder of raw inputs: a local path, or any fsspec URL (s3://, gs://, memory://...)."""

    def __init__(self, location: str | Path) -> None:
        text = str(location)
        self.location = text
        if "://" in text and not text.startswith("file://"):
            import fsspec

            self.fs, root = fsspec.core.url_to_fs(text)
            self.root = root.rstrip("/")
            self.local: Path | None = None
        else:
            self.fs = None
            self.local = Path(text.removeprefix("file://"))
            self.root = str(self.local)

    def exists(self) -> bool:
        return self.local.is_dir() if self.local is not None else bool(self.fs.isdir(self.root))

    def list(self) -> tuple[list[str], list[str]]:
        """Article files (relative, /-separated) in a deterministic order, and the others."""
        if self.local is not None:
            rels: list[str] = []
            for root, dirs, files in os.walk(self.local):
                dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders unwalked
                base = Path(root).relative_to(self.local).as_posix()
                prefix = "" if base == "." else f"{base}/"
                rels.extend(prefix + name for name in files if not name.startswith("."))
            rels.sort()
        else:
            found = (p[len(self.root) + 1 :] for p in self.fs.find(self.root))
            rels = sorted(r for r in found if not any(part.startswith(".") for part in r.split("/")))
        articles: list[str] = []
        others: list[str] = []
        for r in rels:
            (articles if r.endswith(ARTICLE_SUFFIXES) else others).append(r)
        return articles, others

    def read(self, rel: str, max_bytes: int) -> tuple[int, bytes | None]:
        """A file's size and bytes; no bytes when it holds more than ``max_bytes``. A local
        file is opened once and sized by its descriptor (a path lookup, a stat and Python's
        file objects less: reading an article file 26 -> 18 us), and read to its end, so a
        file that grew since is read whole and sized again."""
        if self.local is None:
            size = int(self.fs.size(f"{self.root}/{rel}"))
            if size > max_bytes:
                return size, None
            with self.open(rel) as fh:
                data = fh.read()
        else:
            fd = os.open(os.path.join(self.root, rel), os.O_RDONLY)
            try:
                size = os.fstat(fd).st_size
                if size > max_bytes:
                    return size, None
                chunks = []
                while chunk := os.read(fd, size + 1):
                    chunks.append(chunk)
            finally:
                os.close(fd)
            data = b"".join(chunks)  # one chunk: joined without a copy
        return len(data), data if len(data) <= max_bytes else None

    def open(self, rel: str) -> BinaryIO:
        if self.local is not None:
            return (self.local / rel).open("rb")
        return self.fs.open(f"{self.root}/{rel}", "rb")


def list_inputs(raw_dir: str | Path) -> tuple[list[str], list[str]]:
    """Article files under ``raw_dir`` in a deterministic order, and the other files ignored."""
    return Source(raw_dir).list()


def read_input(source: Source, rel: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Reject]:
    """Every article (or reject) in one input file. A .jsonl file is streamed line by line,
    the size limit applying to each article; a .txt file is one article."""
    try:
        if rel.endswith(".jsonl"):
            with source.open(rel) as fh:
                yield from _read_jsonl(rel, fh, max_bytes)
            return
        size, data = source.read(rel, max_bytes)
        if data is None:
            yield Reject(rel, "too_large", f"{size} bytes is over the limit of {max_bytes}")
            return
    except OSError as exc:
        yield Reject(rel, "unreadable", exc.strerror or str(exc))
        return
    try:
        yield parse_txt(rel, decode_utf8(data))
    except BadArticle as exc:
        yield Reject(rel, exc.reason, exc.detail)


def _read_jsonl(rel: str, fh: BinaryIO, max_bytes: int) -> Iterator[RawArticle | Reject]:
    offset = 0
    any_line = False
    for lineno, raw_line in enumerate(fh, start=1):
        source = f"{rel}#{lineno}"
        line_offset, offset = offset, offset + len(raw_line)
        if not raw_line.strip():
            continue
        any_line = True
        if len(raw_line) > max_bytes:
            yield Reject(source, "too_large", f"{len(raw_line)} bytes is over the limit of {max_bytes}")
            continue
        try:
            yield parse_jsonl_line(source, decode_utf8(raw_line.rstrip(b"\r\n"), line_offset))
        except BadArticle as exc:
            yield Reject(source, exc.reason, exc.detail)
    if not any_line:
        yield Reject(rel, "empty_body", "the file holds no articles")


def dedupe(items: Iterable[RawArticle | Reject]) -> Iterator[RawArticle | Reject]:
    """Reject a later input whose article_id an earlier one already has."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, RawArticle):
            first = seen.setdefault(item.article_id, item.source)
            if first != item.source:
                yield Reject(item.source, "duplicate_id", f"article_id {item.article_id} is also {first}")
                continue
        yield item


def read_raw(raw_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Reject]:
    """Every article and reject under ``raw_dir``, in path order, duplicates rejected."""
    source = Source(raw_dir)
    inputs, _ = source.list()
    return dedupe(item for rel in inputs for item in read_input(source, rel, max_bytes))

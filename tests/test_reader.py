from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newstables.reader import (
    BadArticle,
    RawArticle,
    Reject,
    content_id,
    decode_utf8,
    list_inputs,
    normalise_body,
    parse_jsonl_line,
    parse_txt,
    read_raw,
)


def test_parse_txt_header_and_body() -> None:
    a = parse_txt(
        "x.txt",
        " date 2021-07-15 \n title  A title \n url https://e.org/a\n source Wire\n\n\n"
        "Para one.\n\nPara two.\n\n",
    )
    assert a.date == dt.date(2021, 7, 15)
    assert a.title == "A title"
    assert a.url == "https://e.org/a"
    assert a.publisher == "Wire"  # the header's source is the outlet
    assert a.source == "x.txt"
    assert a.text == "Para one.\n\nPara two."
    assert a.article_id == content_id(a.date, a.text)


def test_body_normalisation_is_only_newlines_and_outer_space() -> None:
    assert normalise_body("\r\n  A\r\nB\rC  \n\n") == "A\nB\nC"


def test_body_starting_without_blank_line_is_kept() -> None:
    a = parse_txt("x.txt", " date 2021-07-15\nThe body starts here.")
    assert a.text == "The body starts here."


def test_bom_is_dropped_and_offsets_reported() -> None:
    assert decode_utf8("\ufeffabc".encode()) == "abc"
    with pytest.raises(BadArticle, match="0xff at byte offset 3"):
        decode_utf8(b"abc\xffdef")
    with pytest.raises(BadArticle, match="NUL byte at byte offset 2"):
        decode_utf8(b"ab\x00")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no header here", "no_header"),
        (" title T\n\nbody", "no_date"),
        (" date 2021-13-01\n\nbody", "bad_date"),
        (" date 2021-02-29\n\nbody", "bad_date"),
        (" date yesterday\n\nbody", "bad_date"),
        (" date 2021-01-01\n\n \n", "empty_body"),
    ],
)
def test_bad_txt(text: str, reason: str) -> None:
    with pytest.raises(BadArticle) as exc:
        parse_txt("x.txt", text)
    assert exc.value.reason == reason


def test_jsonl_line() -> None:
    a = parse_jsonl_line(
        "f.jsonl#1", '{"id": "my-1", "date": "2020-01-02", "text": "Hi\\r\\nthere ", "title": "T"}'
    )
    assert (a.article_id, a.text, a.title) == ("my-1", "Hi\nthere", "T")
    b = parse_jsonl_line("f.jsonl#2", '{"date": "2020-01-02", "text": "x"}')
    assert b.article_id == content_id(b.date, "x")
    with pytest.raises(BadArticle, match="bad_id"):
        parse_jsonl_line("f.jsonl#3", '{"id": "bad id!", "date": "2020-01-02", "text": "x"}')


@pytest.mark.parametrize("location", ["local", "memory"])
def test_listing_is_sorted_and_recursive_and_ignores_other_files(tmp_path: Path, location: str) -> None:
    """Hidden files and folders, at any depth, are not inputs; local and fsspec folders agree."""
    rels = [
        "b/2.txt",
        "a.txt",
        "b/1.jsonl",
        "notes.md",
        ".hidden.txt",
        "c/.git/x.txt",
        "b/.swp.txt",
        "b/c/3.txt",
    ]
    if location == "local":
        for rel in rels:
            p = tmp_path / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(" date 2021-01-01\n\nx")
        root = str(tmp_path)
    else:
        import fsspec

        fs = fsspec.filesystem("memory")
        for rel in rels:
            fs.pipe(f"/listing-{tmp_path.name}/{rel}", b" date 2021-01-01\n\nx")
        root = f"memory:///listing-{tmp_path.name}"
    inputs, ignored = list_inputs(root)
    assert inputs == ["a.txt", "b/1.jsonl", "b/2.txt", "b/c/3.txt"]
    assert ignored == ["notes.md"]


def test_read_raw_accounts_for_every_input(mixed_raw: Path) -> None:
    from conftest import EXPECTED_REJECTS, MAX_BYTES

    items = list(read_raw(mixed_raw, max_bytes=MAX_BYTES))
    rejects = {r.source: r.reason for r in items if isinstance(r, Reject)}
    assert rejects == EXPECTED_REJECTS
    articles = [a for a in items if isinstance(a, RawArticle)]
    assert {a.source for a in articles} >= {"000_a3a351e161b97a9b.txt", "ok_bom_crlf.txt", "bad/bad.jsonl#1"}
    bom = next(a for a in articles if a.source == "ok_bom_crlf.txt")
    assert bom.text == "The mayor said the bridge would reopen." and bom.date == dt.date(2021, 3, 4)
    latin = next(r for r in items if isinstance(r, Reject) and r.reason == "not_utf8")
    assert "0xe9 at byte offset 21" in latin.detail


def test_ids_do_not_depend_on_file_names(tmp_path: Path) -> None:
    body = " date 2021-01-01\n\nThe minister said taxes would fall."
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(body)
    (tmp_path / "z.txt").write_text(body.replace("fall", "rise"))
    first = {a.text: a.article_id for a in read_raw(tmp_path) if isinstance(a, RawArticle)}
    (tmp_path / "a" / "one.txt").rename(tmp_path / "renamed.txt")
    (tmp_path / "new.txt").write_text(body.replace("fall", "stay"))
    second = {a.text: a.article_id for a in read_raw(tmp_path) if isinstance(a, RawArticle)}
    assert all(second[t] == i for t, i in first.items())


@pytest.mark.parametrize("location", ["local", "memory"])
def test_size_limit_is_inclusive_local_and_remote(tmp_path: Path, location: str) -> None:
    """A file of exactly ``max_bytes`` is read; one byte more is rejected as too large, by a
    local folder and an fsspec one alike."""
    files = {"fits.txt": b" date 2021-01-01\n\n" + b"x" * 82, "over.txt": b" date 2021-01-01\n\n" + b"x" * 83}
    if location == "local":
        for name, data in files.items():
            (tmp_path / name).write_bytes(data)
        root = str(tmp_path)
    else:
        import fsspec

        fs = fsspec.filesystem("memory")
        for name, data in files.items():
            fs.pipe(f"/limit-{tmp_path.name}/{name}", data)
        root = f"memory:///limit-{tmp_path.name}"
    items = list(read_raw(root, max_bytes=100))
    assert [type(i).__name__ for i in items] == ["RawArticle", "Reject"]
    assert items[0].text == "x" * 82  # type: ignore[union-attr]
    assert items[1] == Reject("over.txt", "too_large", "101 bytes is over the limit of 100")


def test_a_file_longer_than_its_size_said_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that grew after it was sized is read to its end (and sized again), never cut at
    the size it had: reading stops at end of file, not after the bytes the size announced."""
    import os

    from newstables import reader

    body = "The mayor said the bridge would reopen. " * 40
    (tmp_path / "grew.txt").write_text(f" date 2021-01-01\n\n{body}")
    real_fstat = os.fstat

    class Shrunk:
        def __init__(self, st: os.stat_result) -> None:
            self.st_size = st.st_size // 3

    monkeypatch.setattr(reader.os, "fstat", lambda fd: Shrunk(real_fstat(fd)))
    (article,) = read_raw(tmp_path)
    assert isinstance(article, RawArticle) and article.text == body.strip()
    (reject,) = read_raw(tmp_path, max_bytes=len(body))  # sized small, but longer than the limit
    assert isinstance(reject, Reject) and reject.reason == "too_large"
    assert reject.detail == f"{len(body) + 18} bytes is over the limit of {len(body)}"

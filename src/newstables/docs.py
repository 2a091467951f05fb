"""Generated documentation: the README's data dictionary comes from ``schema/``."""

from __future__ import annotations

from pathlib import Path

from newstables import metadata

START = "<!-- data-dictionary:start (generated from schema/ by `make docs`; do not edit) -->"
END = "<!-- data-dictionary:end -->"


def render(readme: str) -> str:
    """The README text with the block between the markers replaced by the data dictionary."""
    head, sep, rest = readme.partition(START)
    if not sep:
        raise ValueError("README has no data dictionary start marker")
    _, sep, tail = rest.partition(END)
    if not sep:
        raise ValueError("README has no data dictionary end marker")
    return f"{head}{START}\n\n{metadata.data_dictionary()}\n{END}{tail}"


def update_readme(path: str | Path = "README.md") -> bool:
    """Rewrite the data dictionary in place; True when the file changed."""
    p = Path(path)
    old = p.read_text(encoding="utf-8")
    new = render(old)
    if new != old:
        p.write_text(new, encoding="utf-8")
    return new != old


if __name__ == "__main__":
    update_readme()

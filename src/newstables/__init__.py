"""newstables: raw news articles to clean, validated tables of quotes, speakers and figures.

The Python API mirrors the command line::

    import newstables
    newstables.build("raw", "build")          # newstables build raw --out build
    newstables.validate("build")              # newstables validate build
    quotes = newstables.load("quotes", source="build")
    tables = newstables.load_all(source="dist/newstables-data-0.1.0.zip")

Only what is used gets imported, so ``load`` works with nothing but pandas and pyarrow.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newstables import compiled as _compiled

__version__ = "0.1.0"
__all__ = ["__version__", "build", "diff", "evaluate", "load", "load_all", "release", "validate"]


def build(*args: Any, **kwargs: Any) -> Any:
    from newstables.pipeline import build as _build

    return _build(*args, **kwargs)


def validate(*args: Any, **kwargs: Any) -> Any:
    from newstables.validation import validate as _validate

    return _validate(*args, **kwargs)


def evaluate(*args: Any, **kwargs: Any) -> Any:
    from newstables.scoring import evaluate as _evaluate

    return _evaluate(*args, **kwargs)


def load(*args: Any, **kwargs: Any) -> Any:
    from newstables.loader import load as _load

    return _load(*args, **kwargs)


def load_all(*args: Any, **kwargs: Any) -> Any:
    from newstables.loader import load_all as _load_all

    return _load_all(*args, **kwargs)


def release(*args: Any, **kwargs: Any) -> Any:
    from newstables.publishing import release as _release

    return _release(*args, **kwargs)


def diff(*args: Any, **kwargs: Any) -> Any:
    from newstables.compare import diff as _diff

    return _diff(*args, **kwargs)


_compiled.install_guard(Path(__file__).parent)  # before any extractor module is imported

"""Size and sha256 of files, as ``datapackage.json`` records them: written by the build,
checked by the loader and by ``validate``. Standard library only, so the loader stays light."""

from __future__ import annotations

import hashlib
from pathlib import Path


def files_digest(paths: list[Path]) -> tuple[int, str]:
    """Size and sha256 of files taken together, as Frictionless reads a multipart resource."""
    h = hashlib.sha256()
    size = 0
    for path in paths:
        with path.open("rb") as fh:
            while block := fh.read(1 << 20):
                h.update(block)
                size += len(block)
    return size, h.hexdigest()

"""``python -m newstables``: the same command line as ``newstables``."""

from newstables.cli import run

run()

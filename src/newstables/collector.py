"""How a build's processes use Python's cyclic garbage collector.

Extraction makes millions of short-lived tuples and lists and no reference cycles (none in the
whole corpus: a collection after it finds nothing to free), so the collector's work in a build is
nearly all wasted; these settings cut it without leaving cyclic garbage to pile up.
"""

from __future__ import annotations

import gc

# A worker's young collections: at Python's default of one every 700 allocations, they took ~3%
# of extraction's time; at this many, a worker makes ~1 in a 20,000-article build.
GC_YOUNG_THRESHOLD = 50_000
# Articles between two collections in a build's main process (below).
COLLECT_EVERY_ARTICLES = 100_000


def start_worker() -> None:
    """A worker's imported modules live as long as it does: out of the cyclic collector's
    sight (gc.freeze), full collections no longer walk them again; young collections come less
    often; and collections run (the worker is forked from a build's main process, which runs
    without them)."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    gc.enable()


class BuildCollections:
    """The collector in a build's main process: no automatic collections while the build runs,
    one of the young generations every COLLECT_EVERY_ARTICLES articles, between batches, and
    what the build imported frozen out of its sight; the host process's settings back at
    ``close``.

    A batch's extractions (the rows of ~4,000 articles: hundreds of thousands of tuples) live
    until the batch is written, and automatic young collections walked them all, again and
    again as they aged (53 collections, 0.38-0.57 s of a 20,000-article build's main process;
    0.11-0.19 s collecting after every batch, 6 cyclic objects found each time). Between
    batches a collection walks only what outlives a batch (the extractor's cache of parsed
    names, the speaker tally's new entries, the next batch's articles)."""

    def __init__(self) -> None:
        self.enabled = gc.isenabled()
        self.thresholds = gc.get_threshold()
        self.frozen = False
        self.articles = 0
        gc.disable()

    def batch_done(self, articles: int) -> None:
        """Count a batch written (its objects gone); collect if it is time."""
        self.articles += articles
        if self.articles >= COLLECT_EVERY_ARTICLES:
            self.articles = 0
            gc.collect(1)

    def freeze_imports(self) -> None:
        """Take everything imported so far (pandas and pandera are in once a batch has been
        checked) out of the collector's sight until the build ends. Those objects outlive the
        build, yet every full collection walked them all again: 6% of a one-job build. A host
        process that froze its own heap is left alone."""
        if self.frozen or gc.get_freeze_count():
            return
        gc.freeze()
        self.frozen = True

    def close(self) -> None:
        if self.frozen:
            gc.unfreeze()
        gc.set_threshold(*self.thresholds)
        if self.enabled:
            gc.enable()

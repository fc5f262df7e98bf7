"""Start-up without the cyclic garbage collector's passes over freshly imported modules.

Importing the package builds some hundred thousand objects (modules, functions, classes,
pydantic schemas, compiled patterns), and loading the packs some more, that live as long as
the process. The collector would walk each of them in its young generations on the way to
the old one and find nothing to free. ``long_lived_without_collection`` switches it off for
such a block (the imports, the packs) and then files everything the process holds under the
oldest generation without walking it (``gc.freeze`` then ``gc.unfreeze`` move the lists
whole), so later collections of new objects do not walk them again. Garbage is still freed:
by reference counting at once, and cycles at the next full collection.

A process that froze objects itself (a pre-forking server keeping its pages shared) is left
alone: unfreezing would undo its freeze.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_without_collection() -> Iterator[None]:
    """Run the block (imports, the packs) with the collector off; then file its objects as old."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if collecting:
            gc.enable()

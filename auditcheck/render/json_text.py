"""``json.dumps(value, indent=2, ensure_ascii=False)``, byte for byte, written in Rust.

Python's encoder writes indented JSON only in pure Python (its C encoder takes no indent): 0.045
s for the 1.5 MB report of an 84-page PDF, where pydantic-core's serialiser (already loaded for
the models) needs 0.007 s. Both write the same layout (two spaces, ``","`` between items and
``": "`` after keys, ``[]`` and ``{}`` for empty containers), escape the same characters
(``"``, ``\\``, ``\\b \\f \\n \\r \\t``, other control characters as lower-case ``\\u00XX``, nothing
else with ``ensure_ascii=False``) and write NaN and the infinities the same way with
``inf_nan_mode="constants"``. They part only on floats below 1e-4 in size: Python writes
``1e-05``, pydantic-core ``0.00001`` or ``1e-7``. Every such number in pydantic-core's text holds
``0.0000`` or a digit before ``e-``; a text with either (which a report's prose can hold too) is
written again by ``json.dumps``, as is any value pydantic-core refuses (a lone surrogate).

For JSON data only, with string keys, as ``model_dump(mode="json")`` gives: pydantic-core also
writes what ``json.dumps`` refuses (bytes, sets) and names a ``None`` or NaN key otherwise.
``tests/test_render.py`` compares both on awkward values.
"""

from __future__ import annotations

import json
from typing import Any


def dumps_indented(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` of JSON data with string keys."""
    try:
        from pydantic_core import to_json

        text = to_json(value, indent=2, inf_nan_mode="constants").decode("utf-8")
    except Exception:  # broad on purpose: anything it cannot write, json.dumps decides
        return json.dumps(value, indent=2, ensure_ascii=False)
    if _small_float_possible(text):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return text


def _small_float_possible(text: str) -> bool:
    """True if ``text`` may hold a float that Python writes otherwise (below 1e-4 in size)."""
    if "0.0000" in text:
        return True
    at = text.find("e-")
    while at != -1:
        if at and text[at - 1].isdigit():
            return True
        at = text.find("e-", at + 2)
    return False


__all__ = ["dumps_indented"]

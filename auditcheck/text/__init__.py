"""The text layer: the per-document substrate every other layer reads, built once.

``index.DocumentIndex.of(document)`` holds sentences, the plainly written shadow text
(``normalise``: ligatures and odd spaces written out, offsets kept exact) and the RE2 fast path
over it (``scanner``, with ``scanner_plan``, ``scanner_syntax`` and ``scanner_cache``);
``evidence`` turns spans into quotes; ``numbers`` reads numbers written in digits or words.
"""

"""The text layer: how document text is scanned for patterns.

``normalise`` writes compatibility characters out plainly in a shadow text with exact offsets
back to the source; ``auditcheck.matcher`` and ``auditcheck.fastscan`` scan that shadow.
"""

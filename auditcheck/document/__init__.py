"""Readers that turn audit reports and statements in many formats into one Document model."""

from .loader import FORMATS, MAX_BYTES, document_from_text, load_document, sniff_format
from .model import Block, BlockKind, Document, LineIndex

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "Block",
    "BlockKind",
    "Document",
    "LineIndex",
    "document_from_text",
    "load_document",
    "sniff_format",
]

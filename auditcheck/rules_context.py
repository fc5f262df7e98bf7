"""Rules about the location and state-imposed forced labour (state-imposed pack)."""

from __future__ import annotations

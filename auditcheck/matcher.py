"""Find pattern matches in a document, limited to a criterion's scope, with a time limit per pattern.

Each compiled pattern runs once over the whole text per document and the matches are cached,
so criteria sharing a pattern pay for it once; a match counts only if it lies inside one
block of the allowed kinds and sections. Matching uses the ``regex`` module with a timeout so
that a user-supplied pattern with catastrophic backtracking fails that criterion, not the run.

Speed: running a few hundred backtracking patterns over a long report is the slow part of
scoring, so when it is provably equivalent the scan is done by RE2 (google-re2, linear time)
instead; see ``auditcheck.fastscan``. Results are identical either way.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import regex

from .document.model import Block, Document
from .errors import PatternTimeoutError
from .fastscan import FastScanner
from .packs.schema import compile_pattern

#: Seconds one pattern may spend on one document before it is abandoned.
PATTERN_TIMEOUT = 2.0
#: Longest stretch of text either side of a match that still counts as its sentence.
MAX_SENTENCE = 400
_SENTENCE_END = regex.compile(r"(?<=[.!?。;])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•\-–])|\n\s*(?=[•\-–*]\s)|\n(?=\s*\n)")


@dataclass(frozen=True)
class Match:
    """One pattern hit: absolute offsets, the block it lies in, and its sentence span."""

    start: int
    end: int
    pattern_index: int
    block: Block
    sentence_start: int
    sentence_end: int


@lru_cache(maxsize=8192)
def compiled(pattern: str, ignore_case: bool = True) -> regex.Pattern[str]:
    return compile_pattern(pattern, ignore_case=ignore_case)


class DocumentIndex:
    """Per-document caches: block starts, sentence spans and pattern matches."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._starts = [b.start for b in document.blocks]
        self._match_cache: dict[tuple[str, bool], list[tuple[int, int]]] = {}
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}
        self._fast = FastScanner(document.text)

    def block_for(self, start: int, end: int) -> Block | None:
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        block = self.document.blocks[i]
        if block.start <= start and end <= block.end:
            return block
        return None

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        cached = self._sentences.get(block.start)
        if cached is None:
            cached = []
            pos = 0
            text = block.text
            for m in _SENTENCE_END.finditer(text):
                if m.start() > pos:
                    cached.append((block.start + pos, block.start + m.start()))
                pos = m.end()
            if pos < len(text):
                cached.append((block.start + pos, block.end))
            self._sentences[block.start] = cached
        return cached

    def sentence_of(self, block: Block, start: int, end: int) -> tuple[int, int]:
        """The sentence around a match, at most MAX_SENTENCE characters either side of it.

        Extracted text without full stops can make one "sentence" of a whole page; capping it
        keeps exception checks and quotes local, and keeps matching linear in the text size.
        """
        spans = self.sentences(block)
        starts = self._sentence_starts.get(block.start)
        if starts is None:
            starts = self._sentence_starts[block.start] = [s for s, _ in spans]
        i = max(0, bisect.bisect_right(starts, start) - 1)
        s = spans[i][0] if spans else block.start
        # a sentence ends at the first sentence end at or after the match end
        j = i
        while j < len(spans) - 1 and spans[j][1] < end:
            j += 1
        e = spans[j][1] if spans else block.end
        s = max(s, start - MAX_SENTENCE)
        e = min(max(e, end), end + MAX_SENTENCE)
        return s, e

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding [start, end), or the span itself when it lies in no block."""
        block = self.block_for(start, end)
        return self.sentence_of(block, start, end) if block is not None else (start, end)

    def raw_matches(self, pattern: str, ignore_case: bool = True) -> list[tuple[int, int]]:
        key = (pattern, ignore_case)
        hits = self._match_cache.get(key)
        if hits is None:
            hits = self._fast.spans(pattern, ignore_case)
            if hits is None:
                hits = self._regex_spans(pattern, ignore_case)
            hits = self._confine_to_blocks(pattern, ignore_case, hits)
            self._match_cache[key] = hits
        return hits

    def _confine_to_blocks(self, pattern: str, ignore_case: bool, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Keep matches that lie inside one block; rescan the blocks a straddling match covers.

        A whole-text scan can match from a heading into the next paragraph ("Audit report" ...
        "found"); that match counts nowhere, and because matches do not overlap it would hide
        a real one inside the paragraph. Rescanning each block it touches finds that one.
        """
        out: list[tuple[int, int]] = []
        straddling = False
        for start, end in hits:
            if self.block_for(start, end) is not None:
                out.append((start, end))
                continue
            straddling = True
            rx = compiled(pattern, ignore_case)
            i = max(0, bisect.bisect_right(self._starts, start) - 1)
            blocks = self.document.blocks
            while i < len(blocks) and blocks[i].start < end:
                block = blocks[i]
                if block.end > start:
                    try:
                        out.extend((m.start(), m.end()) for m in rx.finditer(self.document.text, block.start, block.end, timeout=PATTERN_TIMEOUT) if m.end() > m.start())
                    except TimeoutError:
                        raise PatternTimeoutError(f"pattern {pattern[:60]!r} took over {PATTERN_TIMEOUT:g}s on {self.document.path}; simplify it") from None
                i += 1
        return sorted(set(out)) if straddling else out

    def _regex_spans(self, pattern: str, ignore_case: bool) -> list[tuple[int, int]]:
        rx = compiled(pattern, ignore_case)
        try:
            return [(m.start(), m.end()) for m in rx.finditer(self.document.text, timeout=PATTERN_TIMEOUT) if m.end() > m.start()]
        except TimeoutError:
            raise PatternTimeoutError(
                f"pattern {pattern[:60]!r} took over {PATTERN_TIMEOUT:g}s on {self.document.path}; simplify it"
            ) from None

    def find(
        self,
        patterns: list[str],
        *,
        kinds: frozenset[str] = frozenset(),
        sections: tuple[str, ...] = (),
        exceptions: list[str] = (),
        ignore_case: bool = True,
    ) -> list[Match]:
        """Matches of any pattern inside allowed blocks whose sentence matches no exception."""
        out: list[Match] = []
        section_rx = [compiled(s, True) for s in sections]
        exception_rx = [compiled(p, ignore_case) for p in exceptions]
        for index, pattern in enumerate(patterns):
            for start, end in self.raw_matches(pattern, ignore_case):
                block = self.block_for(start, end)
                if block is None:
                    continue
                if kinds and block.kind.value not in kinds:
                    continue
                try:  # section patterns come from user packs too: same time limit as any pattern
                    if section_rx and not any(
                        rx.search(h, timeout=PATTERN_TIMEOUT)
                        for rx in section_rx for h in (*block.heading_path, block.text if block.kind.value == "heading" else "")
                    ):
                        continue
                except TimeoutError:
                    raise PatternTimeoutError(
                        f"section pattern took over {PATTERN_TIMEOUT:g}s on {self.document.path}; "
                        "simplify it"
                    ) from None
                s_start, s_end = self.sentence_of(block, start, end)
                if exception_rx:
                    sentence = self.document.text[s_start:s_end]
                    try:
                        if any(rx.search(sentence, timeout=PATTERN_TIMEOUT) for rx in exception_rx):
                            continue
                    except TimeoutError:
                        raise PatternTimeoutError(
                            f"exception pattern took over {PATTERN_TIMEOUT:g}s on "
                            f"{self.document.path}; simplify it"
                        ) from None
                out.append(Match(start, end, index, block, s_start, s_end))
        out.sort(key=lambda m: (m.start, m.pattern_index))
        return out


_INDEXES: dict[int, tuple[Document, DocumentIndex]] = {}


def index_for(document: Document) -> DocumentIndex:
    """A shared DocumentIndex for a document, for code that has the document but not its index."""
    hit = _INDEXES.get(id(document))
    if hit is None or hit[0] is not document:
        if len(_INDEXES) >= 8:  # a small cache: indexes hold match caches
            _INDEXES.clear()
        hit = _INDEXES[id(document)] = (document, DocumentIndex(document))
    return hit[1]

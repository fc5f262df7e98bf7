"""Find pattern matches in a document, limited to a criterion's scope, with a time limit per
pattern.

Each compiled pattern runs once over the whole text per document and the matches are cached,
so criteria sharing a pattern pay for it once; a match counts only if it lies inside one
block of the allowed kinds and sections. Matching uses the ``regex`` module with a timeout so
that a user-supplied pattern with catastrophic backtracking fails that criterion, not the run.

Speed: running a few hundred backtracking patterns over a long report is the slow part of
scoring, so when it is provably equivalent the scan is done by RE2 (google-re2, linear time)
instead; see ``auditcheck.text.scanner``. Results are identical either way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..document.model import Block, Document
from ..errors import PatternTimeoutError
from .line_breaks import laid_out_sentences, soft_line_breaks
from .normalise import PlainText, plain_text
from .scanner import (
    AsciiView,
    FastScanner,
    Plan,
    exact_in_windows,
    plan_for,
    re_screen,
    short_for_re,
)
from .scanner_match import re2_spans_between
from .screen import expect_text
from .sentence_ends import _SENTENCE_END as _SENTENCE_END  # re-exported for the tests
from .sentence_ends import sentence_ends

#: Seconds one pattern may spend on one document before it is abandoned.
PATTERN_TIMEOUT = 2.0
#: Longest stretch of text either side of a match that still counts as its sentence.
MAX_SENTENCE = 400
#: Sentence/pattern answers one index remembers before it starts afresh.
_SEARCH_CACHE = 100_000
#: Where a document keeps its index (an instance attribute, not a dataclass field: it is not
#: part of the document's value and never compared or serialised).
_ATTRIBUTE = "_text_index"


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
    # The pack schema owns how criteria patterns compile (flags); imported here, not at the
    # top, because the packs import the facts, which read this index: the text layer sits
    # below the packs and must not pull them in when it loads.
    from ..packs.schema import compile_pattern

    return compile_pattern(pattern, ignore_case=ignore_case)


class DocumentIndex:
    """Per-document caches: block starts, sentence spans and pattern matches.

    One index per document, shared by every layer (claims, facts, roles, context, checks, case
    statements): ``DocumentIndex.of(document)`` builds it on first use and keeps it on the
    document itself, so it lives exactly as long as the document and no cache is keyed by
    ``id()`` (a recycled id could hand a new document an old index).
    """

    @classmethod
    def of(cls, document: Document) -> DocumentIndex:
        """The document's index, built once."""
        found = vars(document).get(_ATTRIBUTE)
        if not isinstance(found, cls) or found.document is not document:
            found = cls(document)
            vars(document)[_ATTRIBUTE] = found
        return found

    def __init__(self, document: Document) -> None:
        self.document = document
        self._starts = [b.start for b in document.blocks]
        self._match_cache: dict[tuple[str, bool], list[tuple[int, int]]] = {}
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}
        # Patterns run over a plainly written shadow of the text (ligatures, soft hyphens and
        # odd spaces written out); spans are mapped back, so quotes stay source slices.
        #: Line breaks that only wrap text, words joined across lines, blocks of rows.
        self.breaks = soft_line_breaks(document.text, document.blocks)
        self.plain: PlainText = plain_text(document.text, self.breaks.spaces, self.breaks.joins)
        self._fast = FastScanner(self.plain.text)
        expect_text(len(self.plain.text))
        self._source_fast: FastScanner | None = None
        if self.plain.same_offsets:
            self._plain_starts, self._plain_ends = self._starts, [b.end for b in document.blocks]
        else:
            spans = [self.plain.plain_span(b.start, b.end) for b in document.blocks]
            self._plain_starts, self._plain_ends = [s for s, _ in spans], [e for _, e in spans]
        self._plain_headings: dict[str, str] = {}
        self._views: dict[str, AsciiView] = {}
        self._searched: dict[tuple[str, str, bool], bool] = {}

    @property
    def scanner(self) -> FastScanner:
        """The RE2 fast path over the plain text, shared by every layer that scans it."""
        return self._fast

    @property
    def source_scanner(self) -> FastScanner:
        """The RE2 fast path over the document's own text, for the layers that read the text as
        written rather than its plain shadow; ``scanner`` itself when the shadow differs only by
        wrapping line breaks written as spaces (a place name broken across lines is one name)."""
        if self.plain.same_offsets:
            return self._fast
        if self._source_fast is None:
            self._source_fast = FastScanner(self.document.text)
        return self._source_fast

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
            for start, end in sentence_ends(text):
                if start > pos:
                    cached.append((block.start + pos, block.start + start))
                pos = end
            if pos < len(text):
                cached.append((block.start + pos, block.end))
            rows = block.start in self.breaks.rows
            cached = laid_out_sentences(block.start, text, cached, rows)
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
            # hits from RE2 come from the pattern's exact plan, which also rescans blocks
            exact = plan_for(pattern, ignore_case) if hits else None
            if hits is None:
                hits = self._regex_spans(
                    pattern, ignore_case, self._fast.windows(pattern, ignore_case)
                )
            hits = self._confine_to_blocks(pattern, ignore_case, hits, exact)
            if not self.plain.same_offsets:
                hits = [self.plain.source_span(s, e) for s, e in hits]
            self._match_cache[key] = hits
        return hits

    def _confine_to_blocks(
        self, pattern: str, ignore_case: bool, hits: list[tuple[int, int]], exact: Plan | None
    ) -> list[tuple[int, int]]:
        """Keep matches that lie inside one block; rescan the blocks a straddling match covers.

        A whole-text scan can match from a heading into the next paragraph ("Audit report" ...
        "found"); that match counts nowhere, and because matches do not overlap it would hide
        a real one inside the paragraph. Rescanning each block it touches finds that one.
        """
        out: list[tuple[int, int]] = []
        straddling = False
        starts, ends = self._plain_starts, self._plain_ends
        for start, end in hits:
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and end <= ends[i]:
                out.append((start, end))
                continue
            straddling = True
            i = max(0, i)
            while i < len(starts) and starts[i] < end:
                if ends[i] > start:
                    out.extend(self._block_spans(pattern, ignore_case, exact, starts[i], ends[i]))
                i += 1
        return sorted(set(out)) if straddling else out

    def _block_spans(
        self, pattern: str, ignore_case: bool, exact: Plan | None, lo: int, hi: int
    ) -> list[tuple[int, int]]:
        """``regex``'s spans of the pattern in the block [lo, hi) of the plain text; from the
        exact RE2 plan the whole-text hits came from, when there is one (the same spans, see
        ``re2_spans_between``, without compiling the pattern for ``regex``: some 30 patterns and
        0.1 s of a process's first long document)."""
        if exact is not None:
            return re2_spans_between(exact.rx, self._fast.view().data or b"", lo, hi)
        rx = compiled(pattern, ignore_case)
        try:
            return [
                (m.start(), m.end())
                for m in rx.finditer(self.plain.text, lo, hi, timeout=PATTERN_TIMEOUT)
                if m.end() > m.start()
            ]
        except TimeoutError:
            raise self._timed_out(pattern) from None

    def _timed_out(self, pattern: str) -> PatternTimeoutError:
        return PatternTimeoutError(
            f"pattern {pattern[:60]!r} took over {PATTERN_TIMEOUT:g}s on "
            f"{self.document.path}; simplify it"
        )

    def plain_slice(self, start: int, end: int) -> str:
        """The shadow text of the source span [start, end): what patterns see there."""
        if self.plain.identical:
            return self.document.text[start:end]
        if self.plain.same_offsets:
            return self.plain.text[start:end]
        s, e = self.plain.plain_span(start, end)
        return self.plain.text[s:e]

    def _plain_heading(self, heading: str) -> str:
        if self.plain.identical:
            return heading
        plain = self._plain_headings.get(heading)
        if plain is None:
            plain = self._plain_headings[heading] = plain_text(heading).text
        return plain

    def _search(self, text: str, pattern: str, ignore_case: bool) -> bool:
        """``search_in``, remembered per (text, pattern) for this document: the same sentences
        and headings are tested against the same exception and section patterns for many
        matches and criteria, and each test otherwise rebuilt the sentence's ASCII view."""
        key = (text, pattern, ignore_case)
        found = self._searched.get(key)
        if found is None:
            if len(self._searched) > _SEARCH_CACHE:  # bounded: a huge document keeps memory flat
                self._searched.clear()
                self._views.clear()
            view = self._views.get(text)
            if view is None:
                view = self._views[text] = AsciiView.of(text)
            found = self._searched[key] = search_in(text, pattern, ignore_case, view)
        return found

    def _regex_spans(
        self, pattern: str, ignore_case: bool, windows: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Spans from the ``regex`` engine: over the whole text, or only at the candidate starts
        a superset pattern found (look-around patterns are re-checked only around their hits)."""
        if windows is not None and not windows:
            return []  # the superset matches nowhere: no need to compile the pattern at all
        rx = compiled(pattern, ignore_case)
        text = self.plain.text
        try:
            if windows is not None:
                found = exact_in_windows(
                    lambda p: rx.match(text, p, timeout=PATTERN_TIMEOUT), text, windows
                )
                return [(m.start(), m.end()) for m in found]
            return [
                (m.start(), m.end())
                for m in rx.finditer(text, timeout=PATTERN_TIMEOUT)
                if m.end() > m.start()
            ]
        except TimeoutError:
            raise self._timed_out(pattern) from None

    def find(
        self,
        patterns: list[str],
        *,
        kinds: frozenset[str] = frozenset(),
        sections: tuple[str, ...] = (),
        exceptions: Sequence[str] = (),
        ignore_case: bool = True,
    ) -> list[Match]:
        """Matches of any pattern inside allowed blocks whose sentence matches no exception."""
        out: list[Match] = []
        # Section and exception patterns are searched in short strings (headings, one sentence);
        # RE2 answers where that is exact, so ``regex`` compiles (slow with full case folding)
        # happen only for the few patterns RE2 cannot take. See ``search_in``.
        section_rx = [(s, True) for s in sections]
        exception_rx = [(p, ignore_case) for p in exceptions]
        for index, pattern in enumerate(patterns):
            for start, end in self.raw_matches(pattern, ignore_case):
                block = self.block_for(start, end)
                if block is None:
                    continue
                if kinds and block.kind.value not in kinds:
                    continue
                if section_rx and not any(
                    self._search(self._plain_heading(h), p, ic)
                    for p, ic in section_rx
                    for h in (
                        *block.heading_path,
                        block.text if block.kind.value == "heading" else "",
                    )
                ):
                    continue
                s_start, s_end = self.sentence_of(block, start, end)
                if exception_rx:
                    sentence = self.plain_slice(s_start, s_end)
                    if any(self._search(sentence, p, ic) for p, ic in exception_rx):
                        continue
                out.append(Match(start, end, index, block, s_start, s_end))
        out.sort(key=lambda m: (m.start, m.pattern_index))
        return out


def word_count(text: str, chunk: int = 1 << 18) -> int:
    """``len(text.split())`` without building the whole list: on a 10 MB report that list holds
    1.6 million strings (over 100 MB) only to be counted, the worker's peak memory."""
    count = 0
    for start in range(0, len(text), chunk):
        part = text[start : start + chunk]
        count += len(part.split())
        if start and not part[0].isspace() and not text[start - 1].isspace():
            count -= 1  # a word cut by the chunk boundary was counted on both sides
    return count


def search_in(text: str, pattern: str, ignore_case: bool, view: AsciiView | None = None) -> bool:
    """``compiled(pattern).search(text)`` is not None, answered by RE2 where that is exact.

    ``view`` is ``AsciiView.of(text)`` when the caller already has it.
    """
    plan = plan_for(pattern, ignore_case)
    if plan is not None:
        view = view or AsciiView.of(text)
        if (
            view.data is not None
            and not (plan.names_word and view.mapped_word)
            and not (plan.names_space and view.mapped_space)
        ):
            if not plan.ready and short_for_re(len(text)):
                # as FastScanner._ruled_out_by_re: on a short text ``re`` answers from its
                # cached program, where RE2 would compile one first (same answer on the view)
                screen = re_screen(plan)
                if screen is not None:
                    return screen.search(view.data.decode("ascii")) is not None
            return plan.rx.search(view.data) is not None
    try:
        return compiled(pattern, ignore_case).search(text, timeout=PATTERN_TIMEOUT) is not None
    except TimeoutError:
        raise PatternTimeoutError(
            f"pattern {pattern[:60]!r} took over {PATTERN_TIMEOUT:g}s on one sentence; simplify it"
        ) from None

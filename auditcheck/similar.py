"""Clone and boilerplate detection: near-identical reports and passages across files.

``find_similar`` compares the passages (paragraphs, list items, quotes) of every file with
those of every other file by cosine over a fixed vocabulary (hashed word unigrams and bigrams,
sublinear counts, English stop words left out) and lists the file pairs that share substantial
text, with the shared passages. Nothing is fitted on the files passed, so a pair gets the
same score whatever else is compared with it (TF-IDF weights would move with the set). Headings,
legal and copyright notices, and short passages are ignored, since every report of one firm
shares them without being a clone. The same report saved in several formats (``x.md`` and
``x.pdf``) is read once.

``generic_share`` is the score-time cousin: how much of a report's findings section is
generic text that could be pasted into any report, with no site-specific detail.
scikit-learn is imported only by ``find_similar``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .document import Document, load_document
from .document.model import BlockKind

if TYPE_CHECKING:
    from .budget import Budget
    from .errors import DocumentError

#: Passages shorter than this many words are too short to call copied.
MIN_WORDS = 12
#: Two passages this similar (cosine of TF-IDF) count as the same text.
PASSAGE_THRESHOLD = 0.85
#: A pair of files is listed when this share of the shorter file's passages is shared...
SHARE_THRESHOLD = 0.3
#: ...and at least this many passages are shared.
MIN_SHARED = 3
_SUPPORTED = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx"}
#: Preferred format when one report exists in several (text formats keep the best wording).
_FORMAT_ORDER = (".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".docx", ".pdf")
_NOTICE = re.compile(
    r"copyright|©|all rights reserved|disclaimer|confidential(?:ity)? notice"
    r"|without (?:the )?(?:prior )?written (?:consent|permission)"
    r"|synthetic sample|for information (?:purposes )?only|does not constitute|no liability"
    r"|liable for|terms of use|privacy policy"
    r"|may not be reproduced|intended solely for",
    re.IGNORECASE,
)
_PASSAGE_KINDS = (BlockKind.paragraph, BlockKind.list_item, BlockKind.quote)
_WORD = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class _Read:
    """What clone detection keeps of a document read under its budget."""

    path: str


@dataclass(frozen=True)
class Passage:
    path: str
    line: int
    text: str


@dataclass
class SimilarPair:
    """Two files that share near-identical passages."""

    path_a: str
    path_b: str
    similarity: float  # cosine of the two files' passage text as a whole
    share: float  # shared passages / passages of the shorter file
    shared: list[tuple[Passage, Passage, float]] = field(default_factory=list)


def passages_of(document: Document, min_words: int = MIN_WORDS) -> list[Passage]:
    """The passages clone detection compares: long enough, not headings, not legal notices."""
    out = []
    for block in document.blocks:
        if block.kind not in _PASSAGE_KINDS:
            continue
        text = " ".join(block.text.split())
        if len(text.split()) < min_words or _NOTICE.search(text):
            continue
        out.append(Passage(document.path, document.position(block.start)[0], text))
    return out


def collect_files(inputs: Sequence[str | Path]) -> list[Path]:
    """Supported files under the inputs, one per report (x.md is preferred to x.pdf), sorted."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in _SUPPORTED
                and not f.name.lower().startswith("readme")
            )
        else:
            found.append(p)
    best: dict[Path, Path] = {}
    for f in found:
        key = f.with_suffix("")
        rank = (
            _FORMAT_ORDER.index(f.suffix.lower())
            if f.suffix.lower() in _FORMAT_ORDER
            else len(_FORMAT_ORDER)
        )
        old = best.get(key)
        if old is None or rank < (
            _FORMAT_ORDER.index(old.suffix.lower())
            if old.suffix.lower() in _FORMAT_ORDER
            else len(_FORMAT_ORDER)
        ):
            best[key] = f
    return sorted(best.values())


def find_similar(
    inputs: Sequence[str | Path],
    *,
    passage_threshold: float = PASSAGE_THRESHOLD,
    share_threshold: float = SHARE_THRESHOLD,
    min_shared: int = MIN_SHARED,
    min_words: int = MIN_WORDS,
    budget: Budget | None = None,
    errors: list[DocumentError] | None = None,
) -> list[SimilarPair]:
    """File pairs sharing near-identical passages, most similar first.

    Each file is read under the per-document ``budget`` (see ``auditcheck.budget``), so one
    hostile file cannot stop the others. With an ``errors`` list, a file that cannot be read
    is added to it and left out; without one, the first such file raises.

    Raises:
        DocumentError: an input file cannot be read (and no ``errors`` list was given).
    """
    from .budget import Budget, run_within
    from .errors import DocumentError

    budget = budget or Budget.from_env()
    docs: list[_Read] = []
    per_doc: list[list[Passage]] = []
    for f in collect_files(inputs):

        def work(f: Path = f) -> dict:
            document = load_document(f)
            found = passages_of(document, min_words)
            return {"path": document.path, "passages": [[p.line, p.text] for p in found]}

        try:
            got = run_within(budget, str(f), work)
        except DocumentError as exc:
            if errors is None:
                raise
            errors.append(exc)
            continue
        docs.append(_Read(got["path"]))
        per_doc.append([Passage(got["path"], line, text) for line, text in got["passages"]])
    flat = [(i, p) for i, ps in enumerate(per_doc) for p in ps]
    if len(docs) < 2 or not flat:
        return []
    X = _vectors([p.text for _, p in flat])
    sims = (X @ X.T).tocoo()
    shared: dict[tuple[int, int], list[tuple[Passage, Passage, float]]] = {}
    for r, c, v in zip(sims.row, sims.col, sims.data, strict=True):
        a, b = flat[r][0], flat[c][0]
        if a < b and v >= passage_threshold:
            shared.setdefault((a, b), []).append((flat[r][1], flat[c][1], float(v)))
    if not shared:
        return []
    whole = _vectors([" ".join(p.text for p in ps) for ps in per_doc])
    pairs = []
    for (a, b), items in shared.items():
        # one passage may match several on the other side; count each side's passages once
        n_shared = min(len({id(x[0]) for x in items}), len({id(x[1]) for x in items}))
        share = n_shared / max(1, min(len(per_doc[a]), len(per_doc[b])))
        if n_shared < min_shared or share < share_threshold:
            continue
        similarity = float((whole[a] @ whole[b].T).toarray()[0, 0])
        items.sort(key=lambda x: (x[0].line, -x[2]))
        pairs.append(
            SimilarPair(
                docs[a].path,
                docs[b].path,
                round(similarity, 3),
                round(share, 3),
                _one_per_passage(items),
            )
        )
    pairs.sort(key=lambda p: (-p.similarity, p.path_a, p.path_b))
    return pairs


def _vectors(texts: list[str]):
    """L2-normalised sublinear term counts over a fixed hashed vocabulary: no fitting to inputs."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.preprocessing import normalize

    vec = HashingVectorizer(
        ngram_range=(1, 2), alternate_sign=False, norm=None, stop_words="english", n_features=2**20
    )
    X = vec.transform(texts).astype(np.float64)
    X.data = 1.0 + np.log(X.data)
    return normalize(X)


def _one_per_passage(
    items: list[tuple[Passage, Passage, float]],
) -> list[tuple[Passage, Passage, float]]:
    out, seen = [], set()
    for a, b, v in sorted(items, key=lambda x: -x[2]):
        if (a.path, a.line) in seen:
            continue
        seen.add((a.path, a.line))
        out.append((a, b, v))
    return sorted(out, key=lambda x: x[0].line)


def format_pairs(pairs: list[SimilarPair], *, max_passages: int = 5, width: int = 160) -> str:
    """One line per pair, each followed by its shared passages (indented)."""
    lines = []
    for p in pairs:
        lines.append(
            f"{p.path_a}  <->  {p.path_b}  similarity {p.similarity:.2f}  "
            f"({len(p.shared)} shared passages, {p.share:.0%} of the shorter file)"
        )
        for a, b, v in p.shared[:max_passages]:
            text = a.text if len(a.text) <= width else a.text[: width - 1].rstrip() + "…"
            lines.append(f"    {v:.2f}  line {a.line} / line {b.line}: {text}")
        if len(p.shared) > max_passages:
            lines.append(f"    … and {len(p.shared) - max_passages} more")
    return "\n".join(lines)


# ---- generic findings text (score time; no scikit-learn) ----

#: Headings that introduce the findings part of a report.
FINDINGS_HEADING = re.compile(
    r"finding|result|observation|conclusion|non-?conformit|summary|outcome|assessment of",
    re.IGNORECASE,
)
#: Sentences that could be pasted into any audit report: they state compliance or absence
#: without saying what was looked at, where, or with whom.
GENERIC_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:in|into|full) compliance with (?:all )?(?:the )?"
        r"(?:applicable|relevant|local|national)\b",
        r"\bcompl(?:y|ies|ied) with (?:all )?(?:the )?"
        r"(?:applicable|relevant|local|national|legal)\b",
        r"\bno (?:major |significant |critical )?"
        r"(?:issues?|non-?conformit(?:y|ies)|violations?|concerns?|findings?|problems?) "
        r"(?:were |was )?(?:found|identified|observed|noted|raised|detected)\b",
        r"\b(?:policies|procedures|systems?|management systems?) (?:are|were|is|was) "
        r"(?:in place|implemented|established|adequate|effective)\b",
        r"\bmanagement (?:is|was|are|were|has been|showed?) (?:fully )?"
        r"(?:committed|cooperative|supportive|open|transparent)\b",
        r"\bmeets? (?:all )?(?:the )?(?:requirements|expectations|standards?)\b",
        r"\b(?:good|satisfactory|acceptable|adequate) (?:overall )?"
        r"(?:level|standard|practices?|performance|conditions)\b",
        r"\bno (?:evidence|indications?|signs?) of (?:any )?(?:forced|child|bonded|compulsory) la"
        r"bou?r\b",
        r"\b(?:workers|employees) (?:are|were) (?:satisfied|happy|content)\b",
        r"\bcontinuous improvement\b",
        r"\b(?:respects?|upholds?) (?:the )?(?:rights|human rights|dignity)\b",
        r"\bin line with (?:international|industry|best)\b",
        r"\bzero[- ]tolerance\b",
    )
]
_SPECIFIC = re.compile(r"\d|[\"“”]")


def is_generic(sentence: str) -> bool:
    """True when a sentence is stock audit language and carries no figure or quotation."""
    return bool(
        any(rx.search(sentence) for rx in GENERIC_PATTERNS) and not _SPECIFIC.search(sentence)
    )


def generic_spans(document: Document, index=None) -> tuple[list[tuple[int, int]], int]:
    """(spans of the generic sentences, total characters read) over the findings section.

    The findings section is every block under a heading that reads like findings, results,
    observations or conclusions; a report without such a heading is read whole.
    ``index`` (a text.index.DocumentIndex) reuses the caller's sentence cache.
    """
    from .text.index import DocumentIndex

    index = index or DocumentIndex(document)
    body = [b for b in document.blocks if b.kind not in (BlockKind.heading, BlockKind.code)]
    findings = [b for b in body if any(FINDINGS_HEADING.search(h) for h in b.heading_path)]
    spans, total = [], 0
    for block in findings or body:
        for start, end in index.sentences(block):
            total += end - start
            if is_generic(document.text[start:end]):
                spans.append((start, end))
    return spans, total


def generic_share(document: Document, index=None) -> float:
    """Share (0..1, by characters) of the findings section in generic sentences; 0.0 if empty."""
    spans, total = generic_spans(document, index)
    return sum(e - s for s, e in spans) / total if total else 0.0


# ---- machine-readable output of find_similar ----


def pairs_data(pairs: list[SimilarPair]) -> list[dict]:
    """The pairs as plain data: what ``similar --format json`` prints (a list of pair objects)."""
    return [
        {
            "path_a": p.path_a,
            "path_b": p.path_b,
            "similarity": p.similarity,
            "share": p.share,
            "shared": [
                {"line_a": a.line, "line_b": b.line, "similarity": round(v, 3), "text": a.text}
                for a, b, v in p.shared
            ],
        }
        for p in pairs
    ]


def pairs_json(pairs: list[SimilarPair]) -> str:
    import json

    return json.dumps(pairs_data(pairs), indent=2, ensure_ascii=False) + "\n"


def pairs_csv(pairs: list[SimilarPair]) -> str:
    """One row per pair; cells a spreadsheet would read as formulas are defused."""
    import csv
    import io

    from .render.csv import cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "file_a",
            "file_b",
            "similarity",
            "shared_passages",
            "share_of_shorter_file",
            "first_shared_text",
        ]
    )
    for p in pairs:
        first = p.shared[0][0].text if p.shared else ""
        writer.writerow(
            [
                cell(p.path_a),
                cell(p.path_b),
                cell(p.similarity),
                cell(len(p.shared)),
                cell(p.share),
                cell(first),
            ]
        )
    return out.getvalue()

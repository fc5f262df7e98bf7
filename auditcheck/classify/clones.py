"""Clone and boilerplate detection: near-identical reports and passages across files.

``find_similar`` compares the passages (paragraphs, list items, quotes) of every file with
those of every other file by cosine over a fixed vocabulary (hashed word unigrams and bigrams,
sublinear counts, English stop words left out) and lists the file pairs that share substantial
text, with the shared passages. Nothing is fitted on the files passed, so a pair gets the
same score whatever else is compared with it (TF-IDF weights would move with the set). Headings,
legal and copyright notices, and short passages are ignored, since every report of one firm
shares them without being a clone. The same report saved in several formats (``x.md`` and
``x.pdf``) is read once. scikit-learn is imported only by ``find_similar``; the pairs are
printed by ``auditcheck.render.clones``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..document import Document, load_document
from ..document.loader import READABLE_SUFFIXES
from ..document.model import BlockKind

if TYPE_CHECKING:
    from ..budget import Budget
    from ..errors import DocumentError

#: Passages shorter than this many words are too short to call copied.
MIN_WORDS = 12
#: Two passages this similar (cosine of TF-IDF) count as the same text.
PASSAGE_THRESHOLD = 0.85
#: A pair of files is listed when this share of the shorter file's passages is shared...
SHARE_THRESHOLD = 0.3
#: ...and at least this many passages are shared.
MIN_SHARED = 3
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
                and f.suffix.lower() in READABLE_SUFFIXES
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
    from ..budget import Budget, run_within
    from ..errors import DocumentError

    budget = budget or Budget.from_env()
    docs: list[_Read] = []
    per_doc: list[list[Passage]] = []
    for f in collect_files(inputs):

        def work(f: Path = f) -> dict[str, Any]:
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


def _vectors(texts: list[str]) -> Any:
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

"""Sentences of a modern slavery statement, read the way the statement-criteria model reads them.

The statement-criteria model labels each sentence of a company statement with the mandatory
criteria of the UK and Australian Modern Slavery Acts it is relevant to. It was trained on
expert-labelled sentences of real statements (the AIMS gold sets), where a statement is a list
of sentences in order, headings glued to the first sentence after them and closing full stops
stripped. This module turns both that CSV and a parsed Document into the same list of
``StatementSentence`` views, so training and scoring see the same kind of input:

- ``text``: the sentence itself (heading glued on, closing punctuation removed);
- ``content``: its lower-case words without English stop words, so that word 1-3-grams of
  it pair the words that carry meaning ("supplier audits conducted" from "suppliers are
  audited"-style phrasing with the small words in between dropped);
- ``stems``: the same words with a few endings cut off ("assessed", "assessing",
  "assessments" -> "assess"; "audits", "audited" -> "audit"), so that the forms of one word
  share n-grams; the model reads this view instead of ``content`` (fifth round,
  docs/model.md);
- ``context``: its neighbours (two before, two after), since a name is a signature only next
  to "approved by the board", and a list item is "operations" only under its lead-in;
- ``prev`` and ``next``: the sentence just before and just after, read on their own;
- ``section``: the last heading-like sentence seen, carried forward (a section cue);
- ``dense``: position in the statement and the shape of the sentence (length, capitals, digits).

Reading the gold CSV raises DocumentError with the file and the problem; nothing here imports
scikit-learn.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentError
from . import STATEMENT_LABELS

#: Every label column of the gold CSV, in its order.
GOLD_LABELS = (
    "approval",
    "signature",
    "c1_reporting_entity",
    "c2_structure",
    "c2_operations",
    "c2_supply_chains",
    "c3_risk_description",
    "c4_risk_mitigation",
    "c4_remediation",
    "c5_effectiveness",
    "c6_consultation",
)
#: The nine criteria of the published convention (reporting entity and consultation left out:
#: too few positives in any gold set to measure them): the statement model's labels.
NINE = STATEMENT_LABELS
REQUIRED_COLUMNS = ("statement_id", "sent_idx", "sentence")
#: Neighbours on each side that make up a sentence's context.
WINDOW = 2
#: Names of the dense features, in column order (the model stores them to check agreement).
DENSE_FEATURES = (
    "position",
    "first_tenth",
    "last_tenth",
    "last_three",
    "first_three",
    "log_words",
    "short",
    "caps_share",
    "title_share",
    "digits",
    "name_like",
)
#: English stop words left out of the ``content`` view: scikit-learn's ENGLISH_STOP_WORDS
#: (BSD-3-Clause), copied so that scoring needs no scikit-learn; a test checks the copy.
_STOP_WORDS_TEXT = """
a about above across after afterwards again against all almost alone along already also
although always am among amongst amoungst amount an and another any anyhow anyone
anything anyway anywhere are around as at back be became because become becomes becoming
been before beforehand behind being below beside besides between beyond bill both bottom
but by call can cannot cant co con could couldnt cry de describe detail do done down due
during each eg eight either eleven else elsewhere empty enough etc even ever every
everyone everything everywhere except few fifteen fifty fill find fire first five for
former formerly forty found four from front full further get give go had has hasnt have
he hence her here hereafter hereby herein hereupon hers herself him himself his how
however hundred i ie if in inc indeed interest into is it its itself keep last latter
latterly least less ltd made many may me meanwhile might mill mine more moreover most
mostly move much must my myself name namely neither never nevertheless next nine no
nobody none noone nor not nothing now nowhere of off often on once one only onto or
other others otherwise our ours ourselves out over own part per perhaps please put
rather re same see seem seemed seeming seems serious several she should show side since
sincere six sixty so some somehow someone something sometime sometimes somewhere still
such system take ten than that the their them themselves then thence there thereafter
thereby therefore therein thereupon these they thick thin third this those though three
through throughout thru thus to together too top toward towards twelve twenty two un
under until up upon us very via was we well were what whatever when whence whenever
where whereafter whereas whereby wherein whereupon wherever whether which while whither
who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
#: Words as the TF-IDF vectorisers see them (scikit-learn's default token pattern).
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_WORD = re.compile(TOKEN_PATTERN)
#: Gold CSVs above this size are refused (the development split is about 1 MB).
MAX_CSV_BYTES = 200 * 1024 * 1024

_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGIT = re.compile(r"\d")
#: A title-case heading glued in front of a sentence that opens with a usual first word
#: ("Our Supply Chain We source ...").
_LEADING_TITLE = re.compile(
    r"^((?:[A-Z][\w'’&-]*|and|of|the|in|our|for|to|on|&|with)"
    r"(?:\s+(?:[A-Z][\w'’&-]*|and|of|the|in|our|for|to|on|&|with)){1,7})"
    r"\s+(?=(?:We|Our|The|In|This|As|At|All|Each|Every|It|These|Since|During|Where|When"
    r"|To)\s+[a-z])"
)
_CLOSING = re.compile(r"[\s.;:!?]+$")
_LEADING_CAPS = re.compile(r"^(?:[A-Z0-9&'’,()/-]{2,}\s+){2,}")
#: A person's name followed by a role: the typical signature line.
_NAME_ROLE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-zA-Z'’-]+\s*,?\s*(?:\(?\s*)"
    r"(?:Chief|Managing|Executive|Non-Executive|Group|Finance|Financial|Operations|Company|"
    r"Director|CEO|CFO|COO|Chair|Chairman|Chairperson|President|Secretary|Partner|Head|Founder|"
    r"Owner|Vice)\b"
)
#: The role words alone: a sentence without one cannot match _NAME_ROLE, and this plain
#: alternation is about five times cheaper to search for (most sentences have none).
_ROLE_WORD = re.compile(
    r"(?:Chief|Managing|Executive|Non-Executive|Group|Finance|Financial|Operations|Company|"
    r"Director|CEO|CFO|COO|Chair|Chairman|Chairperson|President|Secretary|Partner|Head|Founder|"
    r"Owner|Vice)\b"
)


@dataclass
class StatementSentence:
    """One sentence with the context the model reads."""

    text: str
    context: str
    prev: str
    next: str
    section: str
    dense: list[float]

    @property
    def content(self) -> str:
        """The sentence's words without stop words (computed when read: scoring derives the
        same n-grams from tokens it already has, so it never asks for this)."""
        return content_words(self.text)

    @property
    def stems(self) -> str:
        """The content words cut to their stems (computed when read, like ``content``)."""
        return stemmed_content(self.text)


@dataclass
class GoldStatement:
    """A statement of the gold CSV: its sentences in ``sent_idx`` order and their 0/1 labels."""

    statement_id: str
    jurisdiction: str
    sentences: list[str]
    labels: dict[str, list[int]] = field(default_factory=dict)


def clean_sentence(text: str) -> str:
    """One line, closing punctuation dropped, as in the gold sets."""
    return _CLOSING.sub("", " ".join(text.split()))


def content_words(text: str) -> str:
    """The sentence's lower-case words, stop words left out, joined by single spaces: read by a
    word vectoriser, it gives the n-grams scikit-learn makes with ``stop_words="english"``."""
    return " ".join(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


#: Endings cut off a content word, longest first; a word keeps at least four letters. Written
#: once for the fifth round and not tuned: a crude stand-in for a stemmer that joins
#: "assessment", "assessments" and "assessed", or "monitoring" and "monitored", and misses
#: others ("remediation" -> "remedi", "remediated" -> "remediat").
STEM_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ied",
    "ies",
    "ed",
    "es",
    "ly",
    "s",
)


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """``word`` without the first of STEM_SUFFIXES it ends with, if at least four letters
    remain (cached: a statement repeats its words)."""
    for suffix in STEM_SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def stemmed_content(text: str) -> str:
    """``content_words`` with each word stemmed: what the ``stems`` view holds."""
    return " ".join(stem(w) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def _heading_like(text: str) -> str:
    """The heading a sentence carries: a run of capitalised words glued in front, or the
    sentence itself when it is short and in title case; '' when it has none."""
    m = _LEADING_CAPS.match(text)
    if m:
        return m.group(0).strip()
    m = _LEADING_TITLE.match(text)
    if m:
        return m.group(1).strip()
    words = text.split()
    if 0 < len(words) <= 7 and all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        return text
    return ""


_SMALL = {"and", "of", "the", "in", "our", "for", "to", "on", "a", "&", "-", "–", "with", "its"}


def _dense(text: str, i: int, n: int) -> list[float]:
    words = text.split()
    # list comprehensions, not generator sums: this runs for every sentence at scoring time.
    # Of the words that start with an ASCII letter, the title-case ones start with a capital
    # and the upper-case ones are among those
    upper = [w for w in words if w[0] in _ASCII_UPPER]
    caps = len([w for w in upper if len(w) > 1 and w.isupper()])
    title = len(upper)
    k = max(title + len([w for w in words if w[0] in _ASCII_LOWER]), 1)
    position = i / (n - 1) if n > 1 else 0.0
    return [
        position,
        float(position <= 0.1),
        float(position >= 0.9),
        float(i >= n - 3),
        float(i < 3),
        math.log1p(len(words)) / 5.0,
        float(len(words) <= 6),
        caps / k,
        title / k,
        float(_DIGIT.search(text) is not None),
        float(_ROLE_WORD.search(text) is not None and _NAME_ROLE.search(text) is not None),
    ]


def sentence_views(
    sentences: Sequence[str],
    headings: Sequence[str] | None = None,
    *,
    windows: bool = True,
    cleaned: bool = False,
) -> list[StatementSentence]:
    """The model's view of each sentence of one statement, in order.

    ``headings``: for a parsed document, the heading each sentence sits under ('' for none);
    it is the section cue where known. The gold sets only have headings glued to sentences,
    so there the cue is guessed from capitals. ``windows=False`` leaves ``context``, ``prev``
    and ``next`` empty: scoring builds the window's n-grams from each sentence's own tokens
    and would throw the joined strings away. ``cleaned``: the sentences already went through
    ``clean_sentence`` (which changes nothing the second time), as a document's do.
    """
    texts = list(sentences) if cleaned else [clean_sentence(s) for s in sentences]
    n = len(texts)
    out = []
    section = ""
    cleaned_headings: dict[str, str] = {}  # a heading covers many sentences: clean it once
    for i, text in enumerate(texts):
        if headings is not None and headings[i]:
            cue = cleaned_headings.get(headings[i])
            if cue is None:
                cue = cleaned_headings[headings[i]] = clean_sentence(headings[i])
            section = cue
        else:
            section = _heading_like(text) or section
        out.append(
            StatementSentence(
                text=text,
                context=" ".join(texts[max(0, i - WINDOW) : i] + texts[i + 1 : i + 1 + WINDOW])
                if windows
                else "",
                prev=texts[i - 1] if windows and i > 0 else "",
                next=texts[i + 1] if windows and i + 1 < n else "",
                section=section,
                dense=_dense(text, i, n),
            )
        )
    return out


def read_gold_csv(path: str | Path) -> list[GoldStatement]:
    """Statements of a gold CSV shaped like the AIMS development split.

    Label columns that are absent are treated as unknown (left out of ``labels``); a label
    column that is present must hold 0 or 1 in every row.

    Raises:
        DocumentError: the file is missing, unreadable, too large, not CSV with the required
            columns, or holds a bad ``sent_idx`` or label value (message names file and row).
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DocumentError(path, f"larger than {MAX_CSV_BYTES // (1024 * 1024)} MB")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise DocumentError(path, "file not found") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a directory, not a CSV file") from None
    except UnicodeDecodeError:
        raise DocumentError(path, "not UTF-8 text; expected a CSV of labelled sentences") from None
    except (OSError, csv.Error) as exc:
        raise DocumentError(path, f"cannot read CSV ({exc})") from None
    if not rows:
        raise DocumentError(path, "no rows; expected a CSV of labelled sentences")
    columns = set(rows[0].keys())
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise DocumentError(path, f"missing column(s) {', '.join(missing)}")
    present = [lab for lab in GOLD_LABELS if lab in columns]
    if not present:
        raise DocumentError(path, f"no label columns; expected some of {', '.join(GOLD_LABELS)}")
    grouped: dict[str, list[tuple[int, str, dict[str, int], str]]] = {}
    for line, row in enumerate(rows, start=2):
        try:
            idx = int(str(row["sent_idx"]).strip())
        except (TypeError, ValueError):
            raise DocumentError(
                path, f"row {line}: sent_idx {row['sent_idx']!r} is not a whole number"
            ) from None
        sentence = row["sentence"]
        if sentence is None or row.get(present[-1]) is None:
            raise DocumentError(path, f"row {line}: fewer fields than columns")
        labels = {}
        for lab in present:
            value = str(row[lab]).strip()
            if value not in ("0", "1"):
                raise DocumentError(path, f"row {line}: {lab} is {value!r}, expected 0 or 1")
            labels[lab] = int(value)
        sid = str(row["statement_id"]).strip()
        if not sid:
            raise DocumentError(path, f"row {line}: empty statement_id")
        grouped.setdefault(sid, []).append(
            (idx, sentence, labels, str(row.get("jurisdiction") or ""))
        )
    statements = []
    for sid in sorted(grouped):
        items = sorted(grouped[sid], key=lambda t: t[0])
        seen = [t[0] for t in items]
        if len(set(seen)) != len(seen):
            raise DocumentError(path, f"statement {sid}: sent_idx repeats")
        statements.append(
            GoldStatement(
                statement_id=sid,
                jurisdiction=items[0][3],
                sentences=[t[1] for t in items],
                labels={lab: [t[2][lab] for t in items] for lab in present},
            )
        )
    return statements


def flatten(
    statements: Iterable[GoldStatement],
) -> tuple[list[StatementSentence], list[str], list[dict[str, int]]]:
    """(views, statement id per sentence, labels per sentence) for a list of statements."""
    views: list[StatementSentence] = []
    groups: list[str] = []
    labels: list[dict[str, int]] = []
    for st in statements:
        views.extend(sentence_views(st.sentences))
        groups.extend([st.statement_id] * len(st.sentences))
        for i in range(len(st.sentences)):
            labels.append({lab: values[i] for lab, values in st.labels.items()})
    return views, groups, labels

"""The shapes the claim detector shares: a sentence's claim, the author, and clause-level text
patterns used by every part of the detector."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..models import ClaimKind, Modality, Speaker
from ..text import cached_re as re
from ..text.screen import PatternFamily, ScreenedPattern, Screener
from ..text.words import WORKERS

#: Modalities under which a claim is the text's (or its subject's) conclusion.
COUNTING = frozenset({"asserted", "reported", "adopted"})
#: Longest sentence analysed; longer runs (extracted tables) are skipped as not prose.
MAX_SENTENCE_CHARS = 1200
#: How many words before an object a negation may stand and still govern it.
NEGATION_REACH = 9
#: Speakers whose clean claim makes the text a vehicle for it (and so open to audit-washing).
CLAIMANTS = frozenset({"company", "auditor", "standard_owner"})
#: Speakers who give accounts of someone else's audit.
OUTSIDERS = frozenset({"critic", "journalist", "workers", "official"})

QUOTE_OPEN = '"“‘«'
SPLIT_CLAUSE = re.compile(
    r"[;:]|,\s+(?:but|while|whereas|although|though|yet|however)\b|\s[-–—]\s", re.IGNORECASE
)
WORD = re.compile(r"[\w’'-]+")
#: A relative clause set off by commas: ", which takes no fees from the companies it assesses,".
RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who|whose)\b[^,;:.]{1,160},"
    # a dash parenthesis: "Not one of the 75 pickers interviewed - spread over four farms - said"
    r"|\s[-–—]\s[^-–—.;:]{1,80}\s[-–—]\s",
    re.IGNORECASE,
)


def blanked(pattern: ScreenedPattern | re.Pattern[str], text: str) -> str:
    """The text with every match of ``pattern`` replaced by spaces, offsets kept."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


#: A participial phrase set off by commas: ", recruited with no notion of the conditions,". Its
#: own negation ends with it, as a relative clause's does; "having ..." is left out, since
#: it reports the subject's own earlier finding (", having found no forced labour,").
PARTICIPLE_ASIDE = re.compile(
    r",\s+(?!having\b)(?:\w+ed|\w+en|brought|sent|kept|held|left|told|sold|paid)\s+"
    r"(?:with|without|by|from|in|into|under|through|on|at|for|as|via|over)\b[^,;:.]{1,160},",
    re.IGNORECASE,
)


def without_asides(text: str) -> str:
    """The text with each comma-bounded relative clause or participial phrase blanked, offsets
    kept."""
    return blanked(PARTICIPLE_ASIDE, blanked(RELATIVE_ASIDE, text))


#: A subject quantified by a negation: "none of the ...", "not a single worker", "no interviewed
#: employee"; it governs its clause's predicate however many words stand between.
NONE_SUBJECT = (
    r"(?:none\s+of|not\s+(?:a\s+single|one|a\s+single\s+one)(?:\s+of)?|neither\s+of|zero\s+of"
    rf"|no\s+(?:single\s+)?(?:[\w’'-]+\s+)?(?:{WORKERS}|residents?))"
)


QUOTE_MARKS = re.compile(r"[\"“”„«»*_]|(?<!\w)[‘’']|[‘’'](?!\w)")
#: Every character QUOTE_MARKS can blank.
_QUOTE_CHARS = re.compile(r"[\"“”„«»*_‘’']")


@lru_cache(maxsize=4096)
def blank_quotes(sentence: str) -> str:
    """The sentence with QUOTE_MARKS blanked, offsets kept. A sentence without any of their
    characters is returned as is (as ``sub`` returns it), without trying QUOTE_MARKS'
    look-arounds at every offset; each sentence is blanked once (for the screens, then read)."""
    return QUOTE_MARKS.sub(" ", sentence) if _QUOTE_CHARS.search(sentence) else sentence


#: Every word class of the claim grammar, screened together sentence by sentence.
GRAMMAR = PatternFamily("claim grammar")


def primed(sentences: Iterable[str]) -> Screener | None:
    """The grammar's screener, primed with a document's sentences (``Screener.prime``: the sets
    of the patterns asked of most sentences run over all of them first, set by set)."""
    screens = GRAMMAR.screener()
    if screens is not None:
        screens.prime(sentences)
    return screens


def rx(pattern: str) -> ScreenedPattern:
    """A case-insensitive word-class pattern (every class of the claim grammar is one), known
    to the sentence screen so that sentences it cannot match skip it."""
    return GRAMMAR.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class SentenceClaim:
    """One claim found in one sentence."""

    kind: ClaimKind
    speaker: Speaker
    modality: Modality
    start: int
    end: int
    focus_start: int
    focus_end: int
    cue: str
    #: For clean claims: about forced labour or compliance as a whole, not one indicator.
    global_scope: bool = False
    #: For clean claims: said in public (the text's own words, or attributed or quoted speech),
    #: not an audit outcome the text describes.
    public: bool = False
    #: For clean claims: its speaker states the method's limits beside it (same paragraph).
    hedged: bool = False

    @property
    def counts(self) -> bool:
        return self.modality in COUNTING


@dataclass(frozen=True)
class Author:
    """Who wrote the text, as far as its speech cues tell."""

    speaker: Speaker
    reason: str


#: A fronted subordinate clause, up to its comma ("Because the agency kept no records, ..."):
#: a negation inside it does not reach the main clause after the comma.
FRONTED_CLAUSE = re.compile(
    r"\s*(?:because|since|as|when|after|although|though|while|whilst|once|whereas)\b[^,;]{3,200},",
    re.IGNORECASE,
)


def past_fronted_clause(lead: str) -> str:
    """``lead`` without a fronted subordinate clause it opens with ("Although no audit can
    exclude every risk, the audits found ..." -> " the audits found ...")."""
    fronted = FRONTED_CLAUSE.match(lead)
    return lead[fronted.end() :] if fronted else lead


#: A fronted prepositional phrase, up to its comma ("In its 2024 report, ..."); a fronted
#: subordinate clause ("When the plant changed its payroll system, ...") is FRONTED_CLAUSE.
FRONTED_PHRASE = re.compile(
    r"\s*(?:in|on|at|after|during|following|since|between|for|over|under|across|from|as\s+of)"
    r"\b[^,;:]{1,120},\s*",
    re.IGNORECASE,
)
#: A fronted time phrase without its comma ("In 2025 an assessment found ...", "Last year the
#: auditors found ..."): it is not the subject either.
FRONTED_TIME = re.compile(
    r"\s*(?:(?:in|during|by|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}"
    r"|(?:last|this|the\s+same|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
    r"|earlier\s+this\s+(?:year|month))\b,?\s*",
    re.IGNORECASE,
)


def past_fronted(clause: str) -> str:
    """``clause`` from its subject on: past a fronted subordinate clause, a fronted phrase up to
    its comma, and a fronted time phrase ("In 2025 an independent assessment found ..." -> "an
    independent assessment found ...")."""
    clause = past_fronted_clause(clause)
    fronted = FRONTED_PHRASE.match(clause) or FRONTED_TIME.match(clause)
    return clause[fronted.end() :] if fronted else clause


def inside_quotes(sentence: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened before it: the first person in 'announced
    that "our audit found no forced labour"' is the quoted speaker's, not the author's."""
    before = sentence[:at]
    opened = sum(before.count(c) for c in QUOTE_OPEN if c != '"') + before.count('"') % 2
    closed = before.count("”") + before.count("’") - before.count("‘")
    return opened > max(0, closed)

"""Findings of absence: a finding verb governed by a negation or by a negatively quantified
subject, with a forced-labour object ("the assessors found no debt bondage", "none of the 640
workers was in forced labour", "not a single worker interviewed reported paying a fee"). The
clean-claim finder in ``kinds`` asks this module first."""

from __future__ import annotations

from ..text import cached_re as re
from . import german as de
from . import grammar as g
from . import violations as vw
from .base import (
    FRONTED_CLAUSE,
    NEGATION_REACH,
    NONE_SUBJECT,
    PARTICIPLE_ASIDE,
    RELATIVE_ASIDE,
    SPLIT_CLAUSE,
    WORD,
    past_fronted_clause,
    without_asides,
)


def found_no(sentence: str) -> tuple[int, int, str] | None:
    """A finding verb governed by a negation or absolute quantifier, with a forced-labour object."""
    if not g.NEG.search(sentence):
        return None  # no negation anywhere, so none before an object (most sentences: fast exit)
    rights = [r.span() for r in vw.RIGHTS.finditer(sentence)]
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(sentence)]
    fronted = FRONTED_CLAUSE.match(sentence)
    for obj in _objects(sentence):
        if any(a < obj.end() and obj.start() < b for a, b in rights):
            continue  # "held their own passport" is a right; its denial is adverse, not clean
        if any(a <= obj.start() and obj.end() <= b for a, b in asides):
            # "the monitor, which takes no fees from the companies it assesses, found ...": the
            # negation and its object belong to an aside about the monitor, not to the finding
            continue
        before = sentence[: obj.start()]
        if any(b <= obj.start() for _, b in asides) or PARTICIPLE_ASIDE.search(before):
            # an aside's own negation does not reach past it to the finding's object
            before = without_asides(before)
        words = WORD.findall(before)[-NEGATION_REACH:]
        inverted = _INVERTED_NEGATION.match(SPLIT_CLAUSE.split(before)[-1])
        if inverted:
            # "Nowhere in the facility did the assessors encounter any X": the fronted negative
            # governs its whole clause, however long
            words = [inverted.group(1), *words]
        quantified = _NONE_OF_SUBJECT.search(SPLIT_CLAUSE.split(before)[-1])
        if quantified and not inverted:
            # "none of the 640 workers was in a situation of forced labour": the quantified
            # subject governs its clause's predicate, however far the object
            words = [quantified.group(0), *words]
        window = " ".join(words)
        negations = list(g.NEG.finditer(window))
        if not negations:
            continue
        # the last negation in the text before the object (the window may hold a fronted or
        # quantified one that the text before no longer does)
        in_before = list(g.NEG.finditer(before))
        last = in_before[-1] if in_before else None
        if fronted and fronted.end() <= obj.start() and not g.NEG.search(before, fronted.end()):
            # "Because the agency kept no records, six workers had paid fees": the negation
            # belongs to the fronted clause; the main clause after its comma is positive
            continue
        if _EXIT_DENIED.match(window, negations[-1].start()):
            # "could not resign until they had repaid their debt": the negation denies the
            # worker's exit, a restriction, not the absence of the debt
            continue
        if _CONSEQUENCE_CLAUSE.search(before, last.end() if last else 0):
            # "had not renewed their permits, leaving them unable to leave": the negation denies
            # another verb; the violation is that denial's positive consequence
            continue
        if _NEW_FINDING_CLAUSE.search(window, negations[-1].end()):
            # "spoke to pickers without supervisors present and found that fees were taken":
            # the negation belongs to an earlier conjunct; the finding after "and" is positive
            continue
        if last is not None and _in_earlier_complement(before, last):
            # "found that nobody checked ages and that several workers were children": the
            # negation belongs to the first that-clause; the second is positive
            continue
        if _NEW_POSITIVE_PHRASE.search(window, negations[-1].end()):
            # "no age checks and a number of underage workers": the negation governs another
            # conjunct; a quantified phrase starts a new, positive one
            continue
        if not (
            g.FIND.search(window)
            or (quantified is not None and _FOUND_OR_TOLD.search(before))
            or g.FIND.search(sentence[obj.end() : obj.end() + 60])
            or re.search(
                r"\b(?:there\s+(?:is|are|was|were)|exist(?:s|ed)?|took\s+place|occurred|involved"
                rf"|used|held|kept|had|{de.EXISTENTIAL})\b",
                sentence,
                re.IGNORECASE,
            )
        ):
            continue
        if double_negated(sentence, obj.start()):
            continue
        if last is not None and any(last.end() <= a and b <= obj.start() for a, b in rights):
            # "none of the pickers had been repaid the broker's fee": the negation denies the
            # right (an adverse finding), not the fee
            continue
        # "no evidence that the audit looked for forced labour" is about the method, not the site
        if re.search(
            r"\b(?:looked\s+for|asked\s+about|examined|checked\s+for|covered|assessed|rule\s+out"
            r"|exclude|investigate)\b",
            window,
            re.IGNORECASE,
        ):
            continue
        if _NO_DATA.search(window, negations[-1].end()):
            continue  # "no agreed definition of forced labour", "no data on forced labour"
        if _CAPABILITY.search(window):
            continue  # "it does not see the loan": what a method can see, not what it found
        return last.start() if last else obj.start(), obj.end(), "a finding of no forced labour"
    return None


#: What is missing is a definition or a count, not forced labour: "no agreed definition of".
_NO_DATA = re.compile(
    r"\b(?:definitions?|data|figures|statistics|estimates?|legislation|laws?)\s+(?:on|of|for)\b",
    re.IGNORECASE,
)


#: A method's reach in the present tense: "the audit does not see the debt", "audits do not reach
#: the recruiter".
_CAPABILITY = re.compile(
    r"\b(?:does|do)\s*(?:not|n[o’']t)\s+(?:see|notice|catch|capture|reach|pick\s+up|look\s+at)\b"
    # what a method may miss, not what it found: "an audit may not reveal hidden exploitation",
    # "audits do not always detect forced labour" ("could not find" is a past result)
    r"|\b(?:may|might)\s+(?:not|fail\s+to)\b|\b(?:does|do|will)\s*(?:not|n[o’']t)\s+(?:always"
    # how far a method can be trusted: "social audits do not reliably detect forced labour"
    r"|reliably|consistently|necessarily|systematically)\b"
    # what a method is for: "audits are designed to check compliance, not to prove absence"
    r"|\b(?:designed|meant|intended|built)\s+to\b|\bnot\s+to\s+(?:prove|show|find|establish)\b",
    re.IGNORECASE,
)

_NONE_OF_SUBJECT = re.compile(rf"\b{NONE_SUBJECT}\b", re.IGNORECASE)

_INVERTED_NEGATION = re.compile(
    r"\s*[\"“]?(nowhere|never|at\s+no\s+(?:point|time|stage)|in\s+no\s+(?:case|instance)"
    r"|not\s+once|on\s+no\s+occasion)\b[^,;:]{0,80}?\b(?:did|do|does|was|were|had|has|have|is|are"
    r"|could)\b",
    re.IGNORECASE,
)


_EXIT_DENIED = re.compile(
    r"(?:not|n[’']t|never|no)\s+(?:be\s+)?(?:allowed\s+to\s+|able\s+to\s+|free\s+to\s+"
    r"|permitted\s+to\s+)?(?:leave|resign|quit|go\s+home|return\s+home|change\s+(?:jobs?|employers?))\b",
    re.IGNORECASE,
)

_CONSEQUENCE_CLAUSE = re.compile(
    r",\s*(?!including\b)(?:\w+ing|so\s+that|which|so)\b", re.IGNORECASE
)


#: What a negatively quantified subject can do to make a finding of absence: be found, or, as
#: workers, tell of nothing ("no interviewed worker described restrictions on leaving").
_FOUND_OR_TOLD = re.compile(
    rf"\b(?:{g.FIND_VERB}|said|says|told|described|mentioned|complained|alleged|spoke\s+of)\b",
    re.IGNORECASE,
)


_NEW_FINDING_CLAUSE = re.compile(
    rf"\b(?:and|but|then)\s+(?:\w+\s+){{0,2}}?(?:{g.FIND_VERB})\b", re.IGNORECASE
)

_NEXT_COMPLEMENT = re.compile(r"\b(?:and|but)\s+(?:also\s+)?that\b", re.IGNORECASE)
_COMPLEMENT_OPEN = re.compile(r"\bthat\b", re.IGNORECASE)


def _in_earlier_complement(before: str, negation: re.Match[str]) -> bool:
    """The last negation before an object stands inside a that-clause closed by "and that ...":
    "found no evidence that X and that Y" keeps its reach (the negation comes before the first
    "that")."""
    clause_start = max(
        (m.end() for m in SPLIT_CLAUSE.finditer(before, 0, negation.start())), default=0
    )
    return bool(
        _COMPLEMENT_OPEN.search(before, clause_start, negation.start())
        and _NEXT_COMPLEMENT.search(before, negation.end())
    )


_NEW_POSITIVE_PHRASE = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:a\s+(?:number|few|handful|majority|third|quarter)\s+of"
    r"|some|several|many|most|dozens|hundreds|\d[\d,]*)\b",
    re.IGNORECASE,
)


def _objects(sentence: str) -> list[re.Match[str]]:
    return sorted(
        [*g.OBJECT.finditer(sentence), *vw.VIOLATION.finditer(sentence)], key=lambda m: m.start()
    )


def double_negated(sentence: str, at: int) -> bool:
    """'did not conclude that there was no forced labour', 'this does not mean there is none'.

    Only the claim's own clause counts: "this review cannot rule out forced labour, although it
    found no evidence of it" still makes the (hedged) finding.
    """
    lead = past_fronted_clause(sentence[: at + 1])
    breaks = list(SPLIT_CLAUSE.finditer(lead))
    return bool(g.NEGATED_CLAIM.search(lead[breaks[-1].end() :] if breaks else lead))

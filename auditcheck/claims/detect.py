"""Find the conclusions a text draws or reports, sentence by sentence: kind, speaker and modality.

For each sentence the detector asks, in order: does someone decline or withdraw because credible
assurance is impossible (``decline``); does someone say an audit failed (``failure``); is a clean,
compliance or resolution conclusion drawn (``clean``); does the assessor report concrete
violations (``adverse``). Then: in what mood (asserted, reported, adopted, or a question,
obligation, conditional, negation, retraction, dispute that does not count) and in whose mouth
(first person is the author; reported speech is its attributed subject; an assessment's own
result in a third party's text is the auditor's, reported).

The author's role comes from speech cues, with the role guess as a prior, never from audit words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..document.model import BlockKind, Document
from ..models import ClaimKind
from ..text import cached_re as re
from ..text.index import DocumentIndex
from ..text.screen import Screener, screening
from . import failures as fw
from . import grammar as g
from . import people
from . import speakers as sp
from . import violations as vw
from .author import author_of
from .base import (
    CLAIMANTS,
    MAX_SENTENCE_CHARS,
    Author,
    SentenceClaim,
    blank_quotes,
    primed,
)
from .clean_frames import THE_REST
from .decline import ACT_CUES, SUPPLIER_DROPPED, find_decline
from .hedges import bounded_by_own_limits
from .kinds import find_adverse, find_clean, find_failure
from .neighbours import pronoun_for_the_assessment_before
from .parts import PartAuthors, part_headings, source_parts
from .polarity import negated_before
from .public import is_public
from .quotes import in_quoted_voice, quoted_speakers
from .rights import find_right_denied
from .tables import table_claims
from .voice import claim_voice


def sentences(document: Document, index: DocumentIndex) -> Iterator[tuple[int, int, int]]:
    """Every sentence of the prose, headings (headlines) and table cells, in document order, with
    the number of the block (paragraph) it stands in."""
    for number, block in enumerate(document.blocks):
        if block.kind is BlockKind.code:
            continue
        for start, end in index.sentences(block):
            if end - start <= MAX_SENTENCE_CHARS:
                yield start, end, number


def detect_claims(
    document: Document, index: DocumentIndex, role: str | None
) -> tuple[PartAuthors, list[SentenceClaim]]:
    """All claims in the document, with the authors they were read against (a case file's parts
    each have their own)."""
    with people.remembering(document.text):
        return _detect_claims(document, index, role)


def _detect_claims(
    document: Document, index: DocumentIndex, role: str | None
) -> tuple[PartAuthors, list[SentenceClaim]]:
    # the whole text's cues name the document's author and a case file's parts each have their
    # own; a case file's closing signature is its last part's, not the whole file's
    headings = part_headings(document)
    whole = author_of(document, role, tail_signature=not headings)
    authors = PartAuthors(source_parts(document, role, whole, headings), whole)
    found: list[SentenceClaim] = []
    # claims are read on the plainly written shadow text (ligatures, odd spaces, soft hyphens
    # written out), so "ﬁnd no" reads as "find no"; offsets are mapped back to the source
    plain = index.plain
    text = plain.text
    numbered = list(sentences(document, index))
    sentence_authors = [authors.at(s) for s, _, _ in numbered]
    blocks = [b for _, _, b in numbered]
    spans = [(s, e) for s, e, _ in numbered]
    if not plain.same_offsets:
        spans = [plain.plain_span(s, e) for s, e in spans]
    limited: set[int] | None = None  # paragraphs that state a method's limits, found on demand
    screens = primed(blank_quotes(text[s:e]) for s, e in spans)  # common sets run first
    quoted = quoted_speakers(text, spans)
    for i, (start, end) in enumerate(spans):
        author = sentence_authors[i]
        claim = classify_sentence(text, start, end, author, screens)
        if (claim is None or claim.kind != "failure") and _coached_about_audit(
            text,
            [spans[j] for j in (i - 1, i + 1) if 0 <= j < len(spans) and blocks[j] == blocks[i]],
            start,
            end,
        ):
            # "The auditors came in March. We were told to say ...": the coaching is for the
            # audit the sentence beside it is about
            coached = fw.COACHED.search(text, start, end)
            if coached is not None:
                hit = (coached.start() - start, coached.end() - start, "workers told what to say")
                sentence = text[start:end]
                claim = _claim_from_hit(sentence, sentence, start, author, "failure", hit) or claim
        if (
            claim is None
            and i
            and fw.outcome_then_discovery(text, spans[i - 1], start, end)
            and (event := fw.DISCOVERY.search(text, start, end)) is not None
        ):
            # "The certificate was issued on 2 April. On 19 May, police removed 63 workers from
            # the same factory.": the raid answers the audit outcome the sentence before gives
            sentence = text[start:end]
            hit = (event.start() - start, event.end() - start, "an audit outcome, then a raid")
            claim = _claim_from_hit(sentence, sentence, start, author, "failure", hit)
        if document.blocks[blocks[i]].kind is BlockKind.list_item and (
            claim is None or (claim.kind == "adverse" and claim.speaker == author.speaker)
        ):
            lead = _finding_lead_in(document, text, spans, blocks, i)
            if lead is not None:
                claim = _item_found(text, start, end, lead, author) or claim
        if claim is None:
            continue
        claim = in_quoted_voice(claim, text[start:end], quoted.get(i), author)
        if not plain.same_offsets:
            s0, e0 = plain.source_span(claim.start, claim.end)
            f0, f1 = plain.source_span(claim.focus_start, claim.focus_end)
            claim = replace(claim, start=s0, end=e0, focus_start=f0, focus_end=f1)
        # "'No forced labour was found,' the company says. That is not the same as ...": the next
        # sentence contests the claim, so the text reports it in order to dispute it.
        if (
            claim.kind == "adverse"
            and i
            and fw.outcome_then_discovery(text, spans[i - 1], start, end)
        ):
            claim = replace(
                claim, kind="failure", cue="a clean audit outcome followed by abuse found later"
            )
        claim = pronoun_for_the_assessment_before(
            claim, text, spans[i - 1] if i else None, start, author
        )
        if claim.kind == "clean" and claim.counts and i + 1 < len(spans):
            nxt = text[spans[i + 1][0] : spans[i + 1][1]]
            # a company's or auditor's own result is taken back only by a sentence that points at
            # it ("That was wrong."), not by one that argues against someone else ("the listing
            # relies on misleading reports")
            own = claim.speaker == author.speaker and author.speaker in CLAIMANTS
            if spans[i + 1][0] - end < 3 and (g.CONTESTS_IT if own else g.CONTESTS).search(nxt):
                claim = replace(claim, modality="disputed")
        if claim.kind == "clean" and claim.speaker == author.speaker:
            if limited is None:
                limited = {
                    n
                    for (a, b), n in zip(spans, blocks, strict=True)
                    if g.METHOD_LIMIT.search(text, a, b)
                }
            if blocks[i] in limited:
                claim = replace(claim, hedged=True)
        found.append(claim)
    tabled = table_claims(document, authors.at, found)
    if tabled:
        found = sorted([*found, *tabled], key=lambda c: (c.start, c.end))
    # the claims hold source offsets by now, so the hedges read the source text
    return authors, bounded_by_own_limits(found, authors.at, document.text)


#: A lead-in that announces findings as a list: "The audits found:", "We identified the following:".
_FINDING_LEAD_IN = re.compile(
    r"\b(?:found|find|finds|identified|observed|recorded|noted|revealed|showed|documented"
    r"|uncovered|raised)(?:\s+(?:that|the\s+following|these|several\s+issues))?\s*[:\-–—]\s*$",
    re.IGNORECASE,
)
_AS_FOUND = "The assessment found that "


def _finding_lead_in(
    document: Document, text: str, spans: list[tuple[int, int]], blocks: list[int], i: int
) -> tuple[int, int] | None:
    """The sentence that introduces the list item ``i`` as a finding, if its list has one."""
    j = i - 1
    while j >= 0 and document.blocks[blocks[j]].kind is BlockKind.list_item:
        j -= 1
    if j < 0 or i - j > 12:
        return None
    a, b = spans[j]
    lead = text[a:b]
    if not _FINDING_LEAD_IN.search(lead) or negated_before(lead, 0, len(lead)):
        return None
    return a, b


def _item_found(
    text: str, start: int, end: int, lead: tuple[int, int], author: Author
) -> SentenceClaim | None:
    """A list item under a findings lead-in read as what the lead-in says was found; the finder
    is whoever the lead-in names ("The audits found:" in a brand's update is the audits')."""
    item = blank_quotes(text[start:end])
    hit = find_adverse(_AS_FOUND + item)
    if hit is None:
        return None
    shift = len(_AS_FOUND)
    focus = (max(0, hit[0] - shift), max(1, hit[1] - shift), "concrete violations reported")
    claim = _claim_from_hit(text[start:end], item, start, author, "adverse", focus)
    if claim is None:
        return None
    if claim.speaker != author.speaker:
        return claim  # the item names its own teller: "the workers who contacted us describe fees"
    lead_text = text[lead[0] : lead[1]]
    speaker, _ = claim_voice(lead_text, "adverse", len(lead_text) - 1, author)
    return replace(claim, speaker=speaker)


def _coached_about_audit(text: str, beside: list[tuple[int, int]], start: int, end: int) -> bool:
    """Workers told what to say, in a sentence about an audit or beside one in its paragraph."""
    if not fw.COACHED.search(text, start, end):
        return False
    return any(fw.AUDIT_REF.search(text, a, b) for a, b in [(start, end), *beside])


def classify_sentence(
    text: str, start: int, end: int, author: Author, screens: Screener | None = None
) -> SentenceClaim | None:
    """The one claim a sentence makes, if any (the strongest kind wins). ``screens`` lets the
    grammar skip the patterns a sentence cannot match (same answer, less time)."""
    sentence = text[start:end]
    if len(sentence) < 12:
        return None
    # quotation marks do not change a claim's structure ('had been "fully resolved"'); blanking
    # them keeps every offset
    plain = blank_quotes(sentence)
    with screening(screens.screen(plain) if screens is not None else None):
        return _strongest_claim(sentence, plain, start, author, screens)


_FINDERS: tuple[tuple[ClaimKind, Callable[[str], tuple[int, int, str] | None]], ...] = (
    ("decline", find_decline),
    ("failure", find_failure),
    ("clean", find_clean),
    ("adverse", find_right_denied),
    ("adverse", find_adverse),
)


def _strongest_claim(
    sentence: str, plain: str, start: int, author: Author, screens: Screener | None
) -> SentenceClaim | None:
    for kind, finder in _FINDERS:
        hit = finder(plain)
        if hit is None:
            continue
        # speaker and mood are read on the sentence as written: screen it too, once it has a hit
        unblanked = screens.screen(sentence) if screens is not None and sentence != plain else None
        with screening(unblanked):
            claim = None
            reason = _read_by_its_reason(plain, kind, hit)
            if reason is not None:
                # "withdrew its report because its team never visited the farms", "ended our
                # relationship with a supplier that refused to return passports": the act's
                # reason is what the sentence tells; the act stands when the reason is the
                # speaker's own limitation rather than a claim
                claim = _claim_from_hit(sentence, plain, start, author, *reason)
            claim = claim or _claim_from_hit(sentence, plain, start, author, kind, hit)
        if claim is not None:
            return claim
    return None


def _read_by_its_reason(
    plain: str, kind: ClaimKind, hit: tuple[int, int, str]
) -> tuple[ClaimKind, tuple[int, int, str]] | None:
    """The kind an act of withdrawal is read as when the same sentence gives its reason: a result
    withdrawn because the audit failed is that failure account; a supplier dropped for a
    violation is that adverse finding. Suspending work in a region because audits cannot be
    done there stays a decline."""
    if kind != "decline" or hit[2] not in ACT_CUES:
        return None
    act = plain[hit[0] : min(len(plain), hit[1] + 40)]
    if _RESULT_WITHDRAWN.match(act):
        failure = find_failure(plain)
        if failure is not None and failure[0] >= hit[1]:
            return "failure", failure
    if SUPPLIER_DROPPED.match(act):
        violation = vw.VIOLATION.search(plain, hit[1])
        if violation is not None and not negated_before(plain, hit[1], violation.start()):
            return "adverse", (violation.start(), violation.end(), "a supplier dropped for abuse")
    # "found passports held by the agent, and the certificate has been suspended": the finding
    # told first, the act its consequence
    found = find_adverse(plain[: hit[0]])
    if found is not None:
        return "adverse", found
    return None


def _claim_from_hit(
    sentence: str,
    plain: str,
    start: int,
    author: Author,
    kind: ClaimKind,
    hit: tuple[int, int, str],
) -> SentenceClaim | None:
    """The claim a finder's hit makes, with its speaker and mood; None when it is the assessor's
    or company's own limitation rather than an account of an audit's failure."""
    focus_start, focus_end, cue = hit
    speaker, modality = claim_voice(sentence, kind, focus_start, author)
    if (
        kind == "decline"
        and modality == "reported"
        and _RETRACTED_CONTENT.search(plain, focus_start)
    ):
        # "the company has since retracted its claim that ...": a claim reported as taken
        # back, not someone declining to give assurance
        modality = "retracted"
    if (
        kind == "failure"
        # an assessor, or a company of its own audits, stating what the method did not cover
        and speaker == author.speaker
        and speaker in ("auditor", "company")
        and not _ADMISSION.search(sentence)
        # being told what to say is never the assessor's own limitation
        and not fw.COACHED.search(plain)
        # "we did not visit the agency" or, in the report's own third person, "the auditors
        # did not visit it": the assessor's limitation. "Not one of the audits recorded the
        # fees the workers we met had paid": a first person who is not the audit's subject
        # is someone else telling of another's audit.
        and (
            _FIRST_PERSON_SUBJECT.search(plain[:focus_start])
            # a company's limit is of its own audits, in its own first person
            or (speaker == "auditor" and not sp.FIRST_PERSON.search(plain))
        )
    ):
        return None
    scope = (
        kind == "clean"
        and bool(g.GLOBAL_CLEAN.search(sentence[max(0, focus_start - 15) : focus_end + 25]))
        # "On the other 22 vessels, the audits recorded no findings": the rest of a programme
        # whose findings stand elsewhere, not a conclusion about all of it
        and not THE_REST.search(sentence)
    )
    return SentenceClaim(
        kind,
        speaker,
        modality,
        start,
        start + len(sentence),
        start + focus_start,
        start + focus_end,
        cue,
        scope,
        public=kind == "clean" and is_public(sentence, focus_start, speaker, author),
    )


# --- kinds ------------------------------------------------------------------------------------

#: A result taken back: "withdrew its statement", "revoked the certificate", "retracted the
#: audit report"; not "withdrew from the region" or "suspended certification".
_RESULT_WITHDRAWN = re.compile(
    r"(?:withdr\w+|retract\w*|rescind\w*|revok\w+|cancel\w*|annul\w*)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:statements?|certificates?|conclusions?|findings?|opinion|reports?|verifications?"
    r"|assessments?|audits?|ratings?|results?|endorsement)\b",
    re.IGNORECASE,
)


#: A withdrawn statement quoted by its content.
_RETRACTED_CONTENT = re.compile(
    r"\b(?:claims?|conclusions?|findings?|assertions?|statements?)\s+that\b", re.IGNORECASE
)

#: A first-person subject just before the failure verb: the speaker's own audit.
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:we|our\s+(?:team|auditors?|assessors?|visits?|audits?|assessments?|verifications?"
    r"|inspections?|monitoring))\b[^.;,]{0,60}$",
    re.IGNORECASE,
)

#: An admission that an audit missed something, as opposed to a stated limitation.
_ADMISSION = re.compile(
    r"\b(?:missed|misled|overlooked|did\s*n[o’']t\s+(?:detect|reflect|record)"
    r"|failed\s+to\s+detect|not\s+capable|could\s*n[o’']t\s+have|later|acknowledge|admit\w*"
    r"|hindsight)\b",
    re.IGNORECASE,
)

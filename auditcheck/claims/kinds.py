"""The kinds of conclusion a sentence can draw, each found from the sentence's structure:
failure (an account that an audit missed abuse), clean (absence, compliance or resolution) and
adverse (concrete violations found, or a right denied). Declines are read in ``decline``."""

from __future__ import annotations

from ..text import cached_re as re
from . import clean_frames as cf
from . import failures as fw
from . import grammar as g
from . import violations as vw
from .absence import double_negated, found_no
from .base import (
    WORD,
    blanked,
    rx,
    without_asides,
)
from .decline import DECLINE_LIMIT
from .defects import find_defect
from .polarity import negated_before
from .rights import everyone_has_a_right


def find_failure(sentence: str) -> tuple[int, int, str] | None:
    if not fw.AUDIT_REF.search(sentence):
        # findings struck from a report name the audit in their own words
        return find_defect(sentence, about_an_audit=False)
    m = fw.FAILURE.search(sentence)
    if m and _LIMITED_ASSURANCE.search(sentence, 0, m.start()):
        m = None  # "nothing came to our attention that caused us to believe it had not met ..."
    if m:
        # "the audit did not find forced labour" is a clean claim in disguise, not a failure
        # account, unless something in the same sentence sets a later discovery against it.
        if (
            re.match(
                r"(?:did|does|do)\s*n[o’']t\s+(?:detect|find|identify|see|uncover)\b",
                m.group(0),
                re.IGNORECASE,
            )
            and g.OBJECT.search(sentence[m.end() : m.end() + 80])
            and (
                not fw.LATER_CONTRAST.search(sentence)
                # "did not find ... coercion, it did confirm that wages had been withheld": the
                # same audit's other finding, a mixed result rather than abuse set against it
                or _SAME_AUDIT_FOUND.search(sentence, m.end())
            )
        ):
            return None
        if _NEW_TO_THE_SAMPLE.search(sentence, max(0, m.start() - 12), m.end() + 14):
            return None  # "58 workers (including 22 who had not been interviewed before)"
        return (
            m.start(),
            m.end(),
            "an account that an audit missed abuse or was not done as claimed",
        )
    defect = find_defect(sentence, about_an_audit=True)
    if defect is not None:
        return defect
    contrast = fw.LATER_CONTRAST.search(sentence)
    clean = find_clean(sentence)
    # the abuse set against the result: not the clean claim's own object, and not an allegation
    # ("days after a rights group alleged abuse" is a claim answering allegations)
    violation = next(
        (
            v
            for v in vw.VIOLATION.finditer(sentence)
            if not (clean and clean[0] <= v.start() < clean[1] + 3)
            and not _ALLEGED.search(sentence[max(0, v.start() - 40) : v.start()])
        ),
        None,
    )
    if violation is None:
        # a raid or a rescue is abuse found: "weeks before the raid, the mill was rated 'A'"
        violation = fw.DISCOVERY.search(sentence)
    if violation is None and clean and contrast and contrast.start() >= clean[1]:
        # the clean result's object found after the contrast: "... identified no indicators of
        # forced labour, while our own assessments found indicators at three of ten sites"
        violation = _FOUND_AGAIN.search(sentence, contrast.end())
    if (
        contrast
        and violation
        and (
            clean
            or re.search(
                # "had not renewed their permits" is no clean result
                r"(?<!\bnot\s)(?<!never\s)(?<!n[’']t\s)"
                r"\b(?:passed|renewed|issued|certified|rated|signed\s+off|cleared|gave"
                r"|held\s+(?:a\s+)?(?:valid\s+)?(?:\w+\s+){0,3}?certificat\w+"
                r"|(?:received|obtained|was\s+granted|won|earned)\s+(?:its|their|a|the)\s+"
                r"(?:\w+\s+){0,2}?certificat\w+"
                r"|(?:not|never)\s+failed)\b",
                sentence,
                re.IGNORECASE,
            )
        )
        # "the audit finds overtime breaches but no forced labour": one assessment's mixed result,
        # the violation its own finding and "but no" its other finding, not abuse set against it
        # (a conclusion set against the evidence, "yet its report concludes ...", stays one)
        and not (
            violation.start() < contrast.start()
            and _BUT_NO.match(sentence, contrast.end())
            and _OWN_FINDING_BEFORE.search(
                sentence, max(0, violation.start() - 60), violation.start()
            )
        )
    ):
        lo = min(contrast.start(), violation.start())
        return (
            lo,
            max(contrast.end(), violation.end()),
            "a clean audit result set against abuse found later or elsewhere",
        )
    return None


_SAME_AUDIT_FOUND = re.compile(
    r",\s*(?:but\s+)?(?:it|the\s+(?:same\s+)?(?:audit|assessment|review|inspection))\s+(?:did\s+)?"
    r"(?:also\s+)?(?:confirm|find|found|identif|establish|record)\w*",
    re.IGNORECASE,
)
#: Workers picked because no earlier visit reached them: a sampling choice, not a failure.
_NEW_TO_THE_SAMPLE = re.compile(
    r"\b(?:who|that|whom)\s+(?:had|have|has)\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:interviewed|asked|consulted|met)\s+(?:before|previously|earlier|in\s+(?:the\s+)?"
    r"(?:earlier|previous|first))",
    re.IGNORECASE,
)
_FOUND_AGAIN = re.compile(
    r"\b(?:found|identified|detected|uncovered|documented|recorded|confirmed)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:indicators|cases|instances|evidence|signs)\b(?!\s+of\s+no\b)",
    re.IGNORECASE,
)
_BUT_NO = re.compile(
    r"\s+(?:(?:also\s+)?(?:found|finds|identified)\s+)?[\"“]?(?:no|not\s+any)\b", re.I
)


_OWN_FINDING_BEFORE = re.compile(
    r"\b(?:audit|assessment|inspection|review|verification|auditors?|assessors?)\s+"
    r"(?:\w+\s+){0,6}?(?:finds|found|identifies|identified|records|recorded|raises|raised|notes"
    r"|noted)\s+(?:[\w’'-]+\s+){0,4}?$",
    re.IGNORECASE,
)


_ALLEGED = re.compile(
    r"\b(?:alleg\w*|accus\w*|claims?\s+of|reports?\s+of|complain\w*)\b", re.IGNORECASE
)


def find_clean(sentence: str) -> tuple[int, int, str] | None:
    hit = _clean_frame(sentence) or everyone_has_a_right(sentence) or found_no(sentence)
    if hit is None:
        return None
    concession = _CONCESSION.match(sentence)
    if concession and hit[1] <= concession.end() and find_adverse(sentence[concession.end() :]):
        # "While the audit did not find evidence of coercion, it did confirm that wages had been
        # withheld": the clean half is conceded, the main clause reports the finding
        return None
    after = _CONCEDED_AFTER.search(sentence, hit[1])
    if (
        after
        and find_adverse(sentence[after.end() :])
        and not fw.LATER_OR_OTHER.search(sentence, after.start())
    ):
        # "No forced labour was found, although the auditors recorded that 20 workers had paid
        # fees": a mixed result whose news is the finding
        return None
    return hit


_LIMITED_ASSURANCE = re.compile(cf.LIMITED_ASSURANCE, re.IGNORECASE)
#: A concession after the clean clause: ", although ...", "; however, ...".
_CONCEDED_AFTER = re.compile(r"[,;]\s*(?:although|though|but|however|yet|whereas)\b,?", re.I)
#: A leading concessive clause, up to its comma.
_CONCESSION = re.compile(r"\s*(?:while|whilst|although|though|even\s+though)\b[^,;]{5,200},", re.I)


def _clean_frame(sentence: str) -> tuple[int, int, str] | None:
    for frame, cue in (
        (cf.RESOLUTION, "resolution: every problem said to be put right"),
        (cf.COMPLIANCE, "compliance conclusion"),
        (cf.NO_EVIDENCE, "absence of forced labour or violations"),
        (cf.FREE_OF, "free of forced labour"),
        (cf.CLEAN_STATE, "a state of affairs with no forced labour"),
        (cf.RESULT_LINE, "a result line with nothing found"),
    ):
        m = frame.search(sentence)
        if m and not double_negated(sentence, m.start()):
            lead = sentence[: m.start()]
            if frame is cf.COMPLIANCE and (
                not _about_labour_or_audit(sentence)
                or g.COMPLIANCE_AS_GOAL.search(lead)
                # "Compliance with the code is a contract term": the noun as the subject
                or (m.group(0).lower().startswith("compliance") and not lead.strip(" *•#>-\t"))
                or _REPORTING_DUTY.match(sentence, m.end())
            ):
                continue
            if frame is not cf.NO_EVIDENCE and negated_before(sentence, 0, m.start()):
                continue
            return m.start(), m.end(), cue
    return None


#: A disclosure duty as what is complied with: "compliant with the reporting requirements of the
#: Act", "in compliance with SB 657", "section 54": the statement obeys a reporting law.
_REPORTING_DUTY = re.compile(
    r"\s*(?:with\s+)?(?:[\w’'().,-]+\s+){0,8}?"
    r"(?:(?:reporting|disclosure|transparency)\s+(?:requirements?|obligations?|provisions?|duty"
    r"|duties|rules?)|s(?:ection|\.)?\s*54\b|SB\s*657\b|Senate\s+Bill\s+657"
    r"|Transparency\s+in\s+Supply\s+Chains)",
    re.IGNORECASE,
)
#: Audits of another field: passing one says nothing about labour ("passed its ISO 14001
#: environmental audit", "a BRCGS food safety inspection").
_OTHER_FIELD = rx(
    r"\b(?:ISO\s*(?:9001|14001|14064|22000|27001|50001)|environment(?:al)?|quality\s+management"
    r"|food\s+safety|BRC(?:GS)?|HACCP|GMP|energy|emissions?|carbon|financial|tax)\b"
)
#: Social-compliance schemes, named by audits of labour.
_SOCIAL_SCHEMES = r"SA8000|SMETA|BSCI|amfori|RBA|ETI"
_LABOUR_FIELD = rx(
    rf"\b(?:labou?r|social|{_SOCIAL_SCHEMES}|workers?|human\s+rights|ethical"
    r"|working\s+conditions|wages?|recruitment)\b"
)


def _about_labour_or_audit(sentence: str) -> bool:
    if _OTHER_FIELD.search(sentence) and not _LABOUR_FIELD.search(sentence):
        return False
    return bool(
        g.ASSESSMENT.search(sentence)
        or g.OBJECT.search(sentence)
        or re.search(
            rf"\b(?:standard|code|{_SOCIAL_SCHEMES}|law|labou?r|requirements|freely\s+chosen"
            r"|wages|working\s+hours|summary\s+of\s+findings)\b",
            sentence,
            re.IGNORECASE,
        )
    )


def find_adverse(sentence: str) -> tuple[int, int, str] | None:
    """Concrete violations reported as found: a finding frame with a violation in its clause, or a
    right denied ("none of the workers held their own passport"); never a risk, a rule or a
    modal."""
    if not vw.VIOLATION.search(sentence):
        return None  # nothing a finding could be about (most sentences: fast exit)
    if (
        vw.NOT_A_FINDING.search(blanked(vw.RULE_ASIDE, sentence))
        or g.NEGATED_CLAIM.search(sentence)
        or DECLINE_LIMIT.search(sentence)
    ):
        return None
    rights = [
        r.span() for r in vw.RIGHTS.finditer(sentence) if not negated_before(sentence, 0, r.start())
    ]
    frames = [
        *vw.ADVERSE_FOUND.finditer(sentence),
        *vw.ADVERSE_COUNT.finditer(sentence),
        *vw.ADVERSE_PASSIVE.finditer(sentence),
    ]
    # an aside's own negation ("the monitor, which takes no fees, found ...") negates nothing
    # outside it; the same offsets, with the aside blanked
    unasided = without_asides(sentence)
    for frame in sorted(frames, key=lambda m: m.start()):
        if negated_before(unasided, 0, frame.start()) and not re.match(
            r"\s*(?:none|not\s+one|no)\s+of\b",
            sentence[max(0, frame.start() - 12) :],
            re.IGNORECASE,
        ):
            continue
        not_found_until = -1  # where the last violation read as no finding ends
        for v in vw.VIOLATION.finditer(sentence):
            if not_found_until >= 0 and _LIST_GOES_ON.fullmatch(
                sentence, not_found_until, v.start()
            ):
                # "said to rely on forced labour and other rights abuses": the list goes
                # on in the same mood
                not_found_until = v.end()
                continue
            if any(a < v.end() and v.start() < b for a, b in rights):
                continue  # "workers held their documents": a right exercised, not a violation
            if vw.RECORD_AFTER.match(sentence, v.end()):
                continue  # "checking receipts, loan records and payments": a document examined
            if (
                vw.TOPIC_AFTER.match(sentence, v.end())
                or vw.CATEGORY_AFTER.match(sentence, v.end())
                or vw.HYPOTHETICAL_BEFORE.search(sentence, max(0, v.start() - 40), v.start())
            ):
                not_found_until = v.end()
                continue  # "forced labour risks", "any suspicion of child labour": not a finding
            if _examined(sentence, v.start()) or vw.non_labour(sentence, v):
                continue  # "checked fees ...": a method's object; "NCs on chemical labelling"
            distance = len(
                WORD.findall(sentence[min(frame.end(), v.end()) : max(frame.start(), v.start())])
            )
            # "it was found that ...": the frame governs its whole that-clause
            reach = 40 if _FRAME_THAT.match(sentence, frame.end()) else 18
            if distance > reach:
                continue
            # a negation inside an aside between the frame and the violation ("workers, recruited
            # through an agent not licensed, had handed over their passports") governs the aside
            if negated_before(
                unasided, frame.start() if v.start() > frame.start() else 0, v.start()
            ):
                continue
            lo, hi = min(frame.start(), v.start()), max(frame.end(), v.end())
            return lo, hi, "concrete violations reported"
    return None


def _examined(sentence: str, start: int) -> bool:
    examined = vw.EXAMINED_BEFORE.search(sentence, max(0, start - 80), start)
    if examined is None:
        return False
    return not vw.ADVERSE_FOUND.search(sentence, examined.start(), start)


_FRAME_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
#: What joins the items of one list: "forced labour and other human rights violations".
_LIST_GOES_ON = re.compile(
    r"\s*(?:,\s*|\s(?:and|or)\s+(?:other\s+)?|\sas\s+well\s+as\s+)"
    # a new clause is no list item: "found no forced labour, but excessive overtime ..."
    r"(?!(?:but|while|although|though|yet|whereas|however|and)\b)(?:[\w’'-]+\s+){0,3}?",
    re.IGNORECASE,
)

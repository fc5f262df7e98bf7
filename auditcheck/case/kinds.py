"""The kinds of contradiction a case file can show, with what each means: its title, how the
two dated statements weigh against each other, the audit-washing pattern it is, where it weighs
in the scorecard and what would fix it."""

from __future__ import annotations

from ..packs.schema import Dimension

KIND_TITLES = {
    "number": "Numbers that differ between documents",
    "method": "The method changes between documents",
    "standard": "A standard claimed, then downgraded",
    "participation": "Named auditors say they took no part",
    "claim_vs_caveat": "Company claim stronger than the auditor's caveats",
    "withdrawn": "A clean claim the auditor has withdrawn",
}

#: How the two dated statements weigh against each other, by kind.
KIND_WEIGHING = {
    "number": (
        "The later figure revises the earlier one; neither can be relied on until the audit "
        "record settles it."
    ),
    "method": (
        "The later account of the method revises the earlier one, and with it what the audit "
        "could have found."
    ),
    "standard": (
        "The later, weaker description of the standard is the one that stands; the earlier "
        "claim overstated it."
    ),
    "participation": (
        "Who actually did the work is in doubt, and with it the independence the firm's name lends."
    ),
    "claim_vs_caveat": (
        "The auditor's own qualification is what the audit supports; the company's wording "
        "goes beyond it, whichever came first."
    ),
    "withdrawn": (
        "The assessor no longer stands behind the result, so the clean claim has nothing left "
        "to rest on; repeating it after the withdrawal is a claim without an audit."
    ),
}

KIND_PATTERN = {
    "number": "AW-05",
    "method": "AW-05",
    "standard": "AW-02",
    "participation": "AW-03",
    "claim_vs_caveat": "AW-13",
    "withdrawn": "AW-05",
}


#: Where each kind of contradiction weighs in the scorecard.
KIND_DIMENSION = {
    "number": Dimension.interviews,
    "method": Dimension.interviews,
    "standard": Dimension.accreditation,
    "participation": Dimension.independence,
    "claim_vs_caveat": Dimension.scope_transparency,
    "withdrawn": Dimension.scope_transparency,
}

KIND_REMEDY = {
    "number": "Publish the figures from the audit record and say which statement was wrong.",
    "method": (
        "Publish the method as carried out: how many workers were interviewed, where, and "
        "what was only read on paper."
    ),
    "standard": (
        "Name the standard as actually used and the accredited body, or withdraw the claim "
        "that it was applied."
    ),
    "participation": "Name everyone who carried out the audit and what each did.",
    "claim_vs_caveat": "Repeat the auditor's caveats and scope wherever the result is quoted.",
    "withdrawn": (
        "Stop citing the withdrawn result, say publicly that it was withdrawn and why, and rest no "
        "claim on it until a new assessment is published."
    ),
}

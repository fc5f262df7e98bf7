"""Input models for the dated reference data in ``criteria/reference/*.yaml``.

Every file names its ``kind`` (places, entity list, sector rules, scheme designations, audit-firm
withdrawals, standards, publishers), which picks its model through an explicit discriminator.
As with the criteria, unknown keys are errors and every value is typed, so a misspelt key or a
risk level that does not exist fails at load with ``file:line`` instead of being ignored.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .schema import NAME_PATTERN, Reference, StrictModel

#: A calendar date as text (YYYY-MM-DD); quoted in YAML so it stays text.
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
#: A year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

Verification = Literal["verified", "partly_verified", "unverified"]
#: Risk a region or rule sets. ``high`` is kept for state-imposed forced labour.
RegionRisk = Literal["high", "elevated", "standard"]
PlaceKind = Literal[
    "country",
    "region",
    "province",
    "state",
    "prefecture",
    "county",
    "city",
    "district",
    "industrial_zone",
    "labour_group",
    "state_entity",
    "place",
]


class _ReferenceFile(StrictModel):
    """What every reference file says about itself: what it is, when, and from where."""

    title: str = Field(min_length=5)
    reference_date: str = Field(
        pattern=DATE_PATTERN, description="The date the data describes (YYYY-MM-DD)."
    )
    sources: list[Reference] = Field(default_factory=list)


# ------------------------------------------------------------------ places (context layer)


class PlaceEntry(StrictModel):
    name: str = Field(min_length=2)
    kind: PlaceKind = "place"
    aliases: list[str] = Field(default_factory=list)


class Region(StrictModel):
    """A group of places that share one risk level and one reason."""

    id: str = Field(pattern=NAME_PATTERN)
    name: str = Field(min_length=3)
    country: str | None = None
    risk: RegionRisk
    verification: Verification = "unverified"
    reason: str = Field(min_length=10)
    sectors: list[str] = Field(
        default_factory=list,
        description="When set, the region counts only if the document names one of them.",
    )
    places: list[PlaceEntry] = Field(min_length=1)
    sources: list[Reference] = Field(default_factory=list)

    @model_validator(mode="after")
    def _elevated_needs_sectors(self) -> Region:
        # A country name alone must never raise the risk: an elevated region is sector-specific.
        if self.risk == "elevated" and not self.sectors:
            raise ValueError("an elevated region must list the sectors its risk applies to")
        return self


class PlacesFile(_ReferenceFile):
    kind: Literal["places"]
    regions: list[Region] = Field(min_length=1)


# ------------------------------------------------------------------ enforcement lists


class ListedEntity(StrictModel):
    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    listed: str = Field(pattern=DATE_PATTERN, description="Date the listing took effect.")
    notice: str = Field(description="Key of the listing notice under 'notices'.")
    note: str | None = None
    verification: Verification = "partly_verified"


class EntityListFile(_ReferenceFile):
    """A dated snapshot of an enforcement list, each entity with the notice that listed it."""

    kind: Literal["entity_list"]
    snapshot_of: str = Field(min_length=10)
    total_listed_at_snapshot: int = Field(ge=0)
    names_sourced: int = Field(ge=0)
    names_from_background_knowledge: int = Field(default=0, ge=0)
    notices: dict[str, Reference] = Field(min_length=1)
    added_by_notice: dict[str, int] = Field(
        default_factory=dict,
        description=(
            "How many names each notice added, as the notice itself says; with it the file "
            "states exactly which notices' names it still lacks."
        ),
    )
    entities: list[ListedEntity] = Field(min_length=1)
    complete_as_of: str | None = Field(
        default=None,
        pattern=DATE_PATTERN,
        description=(
            "The latest date by which this snapshot holds every listed name: each notice in "
            "force on or before it holds all the names it added (checked at load)."
        ),
    )

    def notice_date(self, key: str) -> str:
        """When a notice took effect: the earliest listing date of its entities, else its date."""
        dates = [e.listed for e in self.entities if e.notice == key]
        return min(dates) if dates else str(self.notices[key].year or "")

    def listed_by(self, date: str) -> int:
        """How many names the list held on ``date``, by the notices' own counts."""
        return sum(
            added for key, added in self.added_by_notice.items() if self.notice_date(key) <= date
        )

    def held_by_notice(self) -> dict[str, int]:
        """How many of this snapshot's entities each notice listed."""
        held: dict[str, int] = {}
        for entity in self.entities:
            held[entity.notice] = held.get(entity.notice, 0) + 1
        return held

    def missing_by_notice(self) -> dict[str, int]:
        """Names each notice added that this snapshot does not hold (notices with a gap only)."""
        held = self.held_by_notice()
        return {
            key: added - held.get(key, 0)
            for key, added in self.added_by_notice.items()
            if added > held.get(key, 0)
        }

    @model_validator(mode="after")
    def _notices_exist(self) -> EntityListFile:
        for index, entity in enumerate(self.entities):
            if entity.notice not in self.notices:
                raise ValueError(
                    f"entities.{index} ({entity.name}): notice {entity.notice!r} is not under "
                    "'notices'"
                )
        self._added_counts_add_up()
        self._complete_as_of_holds()
        if len(self.entities) > self.total_listed_at_snapshot:
            raise ValueError("more entities than total_listed_at_snapshot")
        counted = self.names_sourced + self.names_from_background_knowledge
        if counted != len(self.entities):
            raise ValueError(
                f"names_sourced + names_from_background_knowledge is {counted}, but "
                f"{len(self.entities)} entities are listed"
            )
        return self

    def _complete_as_of_holds(self) -> None:
        if self.complete_as_of is None:
            return
        if not self.added_by_notice:
            raise ValueError("complete_as_of needs added_by_notice to be checkable")
        missing = self.missing_by_notice()
        for key in sorted(missing, key=self.notice_date):
            if self.notice_date(key) <= self.complete_as_of:
                raise ValueError(
                    f"complete_as_of {self.complete_as_of}, but notice {key!r} (in force "
                    f"{self.notice_date(key)}) lacks {missing[key]} of its "
                    f"{self.added_by_notice[key]} names"
                )

    def _added_counts_add_up(self) -> None:
        # The per-notice counts are what makes "complete as of reference_date" checkable: they
        # must cover the whole list, and no notice may hold more names than it added.
        if not self.added_by_notice:
            return
        unknown = sorted(set(self.added_by_notice) - set(self.notices))
        if unknown:
            raise ValueError(f"added_by_notice names {unknown[0]!r}, which is not under 'notices'")
        total = sum(self.added_by_notice.values())
        if total != self.total_listed_at_snapshot:
            raise ValueError(
                f"added_by_notice adds up to {total}, but total_listed_at_snapshot is "
                f"{self.total_listed_at_snapshot}"
            )
        for key, count in self.held_by_notice().items():
            if key not in self.added_by_notice:
                raise ValueError(f"notice {key!r} lists entities but has no added_by_notice count")
            if count > self.added_by_notice[key]:
                raise ValueError(
                    f"{count} entities cite notice {key!r}, which added only "
                    f"{self.added_by_notice[key]}"
                )


# ------------------------------------------------------------------ sector-by-workforce rules

#: Where the sector and workforce terms must occur together.
RuleScope = Literal["paragraph", "document"]


class SectorWorkforceRule(StrictModel):
    """Forced-labour risk that comes from who works in a sector and how they were recruited.

    The rule fires when a sector term and a workforce term occur in the same block (a
    paragraph, list item or table cell; anywhere in the document with ``scope: document``),
    with a ``recruitment`` term there too when that list is set, and, when ``places`` is set,
    one of those places named anywhere in the document. Terms are matched as whole words,
    case-insensitively.
    """

    id: str = Field(pattern=NAME_PATTERN)
    title: str = Field(min_length=5, description="Shown in the report's context block.")
    risk: Literal["elevated", "high"] = Field(
        description="'high' only where the state itself organises the coerced labour."
    )
    sectors: list[str] = Field(min_length=1)
    workforce: list[str] = Field(min_length=1)
    recruitment: list[str] = Field(
        default_factory=list,
        description="How the workforce was recruited (agents, brokers, fees); empty: any way.",
    )
    places: list[str] = Field(
        default_factory=list, description="Places one of which must also be named; empty: any."
    )
    scope: RuleScope = "paragraph"
    reason: str = Field(min_length=20)
    verification: Verification = "unverified"
    sources: list[Reference] = Field(min_length=1)


class SectorRulesFile(_ReferenceFile):
    kind: Literal["sector_rules"]
    rules: list[SectorWorkforceRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> SectorRulesFile:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        return self


# ------------------------------------------------------------------ documentation tables


class SchemeDesignation(StrictModel):
    scheme: str = Field(min_length=3)
    designation: str = Field(min_length=10)
    places: list[str] = Field(min_length=1)
    date: str = Field(description="When the designation was made, or why it is not known.")
    source: Reference
    verification: Verification = "unverified"
    note: str | None = None


class SchemesFile(_ReferenceFile):
    kind: Literal["scheme_designations"]
    schemes: list[SchemeDesignation] = Field(min_length=1)


class FirmWithdrawal(StrictModel):
    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    region: str
    withdrew: str = Field(pattern=PARTIAL_DATE_PATTERN)
    status: str = Field(min_length=5)
    source: Reference
    verification: Verification = "unverified"
    note: str | None = None


class SchemeWithdrawal(StrictModel):
    name: str = Field(min_length=2)
    region: str
    since: str
    source: Reference
    verification: Verification = "unverified"
    note: str | None = None


class WithdrawalsFile(_ReferenceFile):
    kind: Literal["audit_withdrawals"]
    firms: list[FirmWithdrawal] = Field(default_factory=list)
    schemes: list[SchemeWithdrawal] = Field(default_factory=list)


class StandardEntry(StrictModel):
    standard: str = Field(min_length=2)
    owner: str
    aliases: list[str] = Field(default_factory=list)
    outcome: str
    requires: str = Field(min_length=10)
    public_register: str | None = None
    source: Reference
    verification: Verification = "unverified"
    note: str | None = None


class StandardsFile(_ReferenceFile):
    kind: Literal["standards"]
    standards: list[StandardEntry] = Field(min_length=1)


# ------------------------------------------------------------------ publishers


class PublisherEntry(StrictModel):
    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(
        default_factory=list,
        description="Empty for a publisher with no site of its own: cite it without a url.",
    )


class DeniedHost(StrictModel):
    host: str = Field(min_length=3)
    reason: str = Field(min_length=5)


class PublishersFile(StrictModel):
    """publishers.yaml: publishers' own domains, official registers and refused hosts."""

    kind: Literal["publishers"]
    title: str = Field(min_length=5)
    reference_date: str = Field(pattern=DATE_PATTERN)
    publishers: list[PublisherEntry] = Field(min_length=1)
    registers: list[str] = Field(default_factory=list)
    denylist: list[DeniedHost] = Field(default_factory=list)
    denied_host_labels: list[str] = Field(default_factory=list)


#: The ``kind`` values, one per model below.
REFERENCE_KINDS = (
    "places",
    "entity_list",
    "sector_rules",
    "scheme_designations",
    "audit_withdrawals",
    "standards",
    "publishers",
)

ReferenceFile = Annotated[
    PlacesFile
    | EntityListFile
    | SectorRulesFile
    | SchemesFile
    | WithdrawalsFile
    | StandardsFile
    | PublishersFile,
    Field(discriminator="kind"),
]

"""The report's data model: typed, frozen records validated by pydantic.

Each class is one kind of entry in one file under data/. Field descriptions are
written for the editors: they become the JSON Schemas their editors use for
completion and inline help. Cross-file references (a member id in an activity) are
checked by the loader, which sees every file at once.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..text.urls import check_url
from .base import Record
from .dates import PartialDate
from .report_info import Contacts, Quote, ReportInfo  # noqa: F401 (data/report.yaml's records, named here too)
from .types import (
    AcronymTerm,
    AssetPath,
    Colour,
    IconName,
    Id,
    LongText,
    Markdown,
    PagePath,
    Text,
    Url,
    field_sentence,
)


class Member(Record):
    """One entry of data/members.yaml: a member entity or a partner of ICAT."""

    id: Id = Field(
        description="Stable id, lowercase with hyphens (e.g. unodc). Other files refer to the entity by it; it is also "
        "the page address."
    )
    acronym: Text | None = Field(default=None, description="The short form the text uses, e.g. UNODC (optional).")
    name: Text = Field(description="The full name.")
    role: Literal["member", "partner"] = Field(description="member or partner.")
    joined: int | None = Field(
        default=None, ge=2000, le=2100, description="The year it joined ICAT, where the report says so (optional)."
    )
    listed_as: Text | None = Field(
        default=None,
        description="How the report's membership list prints it, when that is not 'name (acronym)' (optional).",
    )

    @property
    def label(self) -> str:
        """The entity as the report's membership list prints it."""
        if self.listed_as:
            return self.listed_as
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def short_name(self) -> str:
        """The shortest recognisable name: the acronym, or the name."""
        return self.acronym or self.name


class Priority(Record):
    """One entry of data/priorities.yaml: a priority of the ICAT Action Plan."""

    number: int = Field(
        ge=1,
        le=99,
        description="The priority's number (1 to 6 in the Action Plan). Other files refer to a priority by it.",
    )
    id: Id = Field(description="Stable id, lowercase with hyphens; used in page addresses.")
    title: Text = Field(description="The priority's title, e.g. Building the evidence base.")
    shift: Text | None = Field(
        default=None,
        description="The subtitle that names the shift, e.g. A shift from awareness towards impact (optional).",
    )
    short_title: Text | None = Field(
        default=None,
        description="A short name for tight places such as the columns of the entities-by-priority table, "
        "e.g. Evidence base (optional; the title is used without it).",
    )
    colour: Colour = Field(
        description="Its colour wherever it appears, #rrggbb, dark enough for white text on it (4.5:1), e.g. #8a1538."
    )
    icon: IconName = Field(
        description="Its icon, one of those the site's theme ships, e.g. material/scale-balance "
        "(https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/)."
    )


# How an address in data/links.yaml was found (Link.confidence).
LINK_CONFIDENCE = ("page-itself", "candidate", "seen-as-text", "not-found")


class Link(Record):
    """One entry of data/links.yaml: an address the report links to."""

    id: Id = Field(description="Stable id; text refers to it as `[shown words][id]`.")
    title: Text = Field(description="What the address points to.")
    url: Url | None = Field(
        default=None,
        description="The real address (https://, http://, or mailto: for e-mail). Leave empty when unknown: the words "
        "are then shown without a link. Never guess.",
    )
    confidence: Literal[LINK_CONFIDENCE] | None = Field(  # type: ignore[valid-type]
        default=None,
        description="How the address was found: page-itself (the item's own page at its publisher), candidate (the "
        "nearest page found, not certainly the one the report meant: a copy elsewhere, a summary, a sub-page or a "
        "page that announces the item; the note says which), seen-as-text (the address written out in a footnote "
        "or following a standard scheme, not opened as a page) or not-found (no address: url stays empty).",
    )
    note: LongText | None = Field(
        default=None,
        description="Where the address was found and, for a candidate, what the page is: for the next editor.",
    )

    @property
    def nearest_page(self) -> bool:
        """Whether the address is the nearest page found, not certainly the page the report meant (readers are told)."""
        return self.confidence == "candidate"

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @model_validator(mode="after")
    def _confidence_matches_url(self) -> Link:
        # The references without an address (Notes on this edition) are the links without a url: not-found too.
        if self.confidence == "not-found" and self.url:
            raise field_sentence(
                "confidence",
                "'confidence' is not-found but 'url' gives an address: empty 'url', or write how the address was found",
            )
        if self.confidence not in (None, "not-found") and not self.url:
            raise field_sentence(
                "confidence",
                f"'confidence' is {self.confidence} but 'url' is empty: give the "
                "address, or write confidence: not-found",
            )
        return self


class Acronym(Record):
    """One entry of data/acronyms.yaml. Every page shows its expansion on hover and focus."""

    term: AcronymTerm = Field(
        description="The acronym exactly as the text writes it (matching is case-sensitive), e.g. CoE."
    )
    expansion: Text | None = Field(
        default=None, description="What it stands for. Optional when member is given: the member's name is used."
    )
    member: Id | None = Field(
        default=None, description="The member id, when the acronym names an ICAT member or partner (optional)."
    )

    @model_validator(mode="after")
    def _needs_expansion(self) -> Acronym:
        if self.expansion is None and self.member is None:
            raise ValueError("give an expansion (what the acronym stands for) or a member id")
        return self


class Footnote(Record):
    """One entry of data/footnotes.yaml; text refers to it as `[^id]`."""

    id: Id = Field(description="Stable id; text refers to it as `[^id]`.")
    text: Markdown = Field(description="The footnote's text (Markdown; links as `[words][link-id]`).")


class Person(Record):
    """Someone named in a photo caption."""

    name: Text = Field(description="The person's name as printed, with any title (H.E.).")
    affiliation: Text | None = Field(
        default=None, description="The organisation or country in brackets after the name (optional)."
    )
    member: Id | None = Field(
        default=None, description="The member id when the affiliation is an ICAT member or partner (optional)."
    )


class Photo(Record):
    """One entry of data/photos.yaml: a photo caption of the report."""

    id: Id = Field(description="Stable id; pages show the caption with `{{ photo_caption('id') }}`.")
    page: PagePath = Field(
        description="The page (under docs/) that shows the caption, e.g. year-in-review/coordination.md."
    )
    lead: Text | None = Field(default=None, description="Words before the names, e.g. From top left (optional).")
    event: Id | None = Field(
        default=None, description="The event the photo shows, an id from data/events.yaml (optional)."
    )
    people: list[Person] = Field(min_length=1, description="The people named, in the caption's order.")
    image: AssetPath | None = Field(
        default=None, description="The photo, a file under docs/ (e.g. assets/photos/x.jpg), once its rights allow."
    )
    alt: Text | None = Field(default=None, description="What the photo shows, for screen readers (with image).")
    credit: Text | None = Field(default=None, description="The photo's credit line, e.g. © UNODC (optional).")

    @model_validator(mode="after")
    def _image_has_alt(self) -> Photo:
        if self.image and not self.alt:
            raise ValueError("a photo with an image needs alt: what it shows, in a sentence")
        return self


class Activity(Record):
    """One entry of data/activities.yaml: a highlight of the Annex."""

    id: Id = Field(
        description="Stable id: p, the priority's number, a hyphen and the member ids in the order of `members`, "
        "joined by hyphens (e.g. p4-unodc, p1-ilo-iom); -2, -3 after it for a second, third highlight of the same "
        "entities under the same priority."
    )
    priority: int = Field(
        description="The number of the Action Plan priority it falls under (see data/priorities.yaml)."
    )
    members: list[Id] = Field(min_length=1, description="Ids of the member(s) or partner(s) the highlight belongs to.")
    involved: list[Id] = Field(
        default=[], description="Ids of other ICAT entities the text names as taking part (optional)."
    )
    text: Markdown = Field(
        description="The highlight (Markdown: `**bold**`, `*italics*`, `[words][link-id]`, `[^footnote-id]`)."
    )
    points: list[Markdown] = Field(default=[], description="The nested bullet points under the highlight (optional).")


EVENT_KINDS = (
    "meeting",
    "consultation",
    "briefing",
    "side-event",
    "campaign",
    "launch",
    "statement",
    "submission",
    "hearing",
    "conference",
    "roundtable",
    "webinar",
    "dialogue",
    "training",
    "publication",
    "session",
)


class Event(Record):
    """One entry of data/events.yaml: something the report dates."""

    id: Id = Field(description="Stable id, lowercase with hyphens.")
    title: Text = Field(description="A short title for the timeline.")
    kind: Literal[EVENT_KINDS] = Field(description="What sort of event: " + ", ".join(EVENT_KINDS) + ".")  # type: ignore[valid-type]
    date: PartialDate = Field(
        description='When, as precise as the report says: "2021-06-15", "2021-06", "2021", or a range '
        '"2021-11-22/2021-11-23".'
    )
    planned: bool = Field(default=False, description="true for what the report says will happen later.")
    organisers: list[Id] = Field(default=[], description="Ids of the organising members, or icat for the group itself.")
    other_organisers: list[Text] = Field(
        default=[], description="Organisers that are not ICAT entities, by name (optional)."
    )
    participants: int | None = Field(
        default=None, ge=1, description="How many took part, as the report says (optional)."
    )
    participants_qualifier: Literal["over", "approximately"] | None = Field(
        default=None, description="over or approximately, when the report qualifies the number (optional)."
    )
    entities_attending: int | None = Field(
        default=None, ge=1, description="How many ICAT entities took part, where the report says (optional)."
    )
    priority: int | None = Field(default=None, description="The Action Plan priority it serves (optional).")
    told_in: PagePath = Field(
        description="The page (under docs/) that tells it, e.g. year-in-review/survivors.md, or a part of it with the "
        "id of its heading, e.g. year-in-review/survivors.md#hearing. The timeline and the pages link there; the "
        "event adds nothing to that page's text, which tells it in its own words."
    )
    link: Id | None = Field(default=None, description="A link id from data/links.yaml (optional).")
    summary: Markdown | None = Field(default=None, description="One sentence on what happened (Markdown, optional).")


CORRECTION_KINDS = ("typo", "layout", "structure", "kept")


class Correction(Record):
    """One entry of data/corrections.yaml: where this edition departs from the PDF."""

    page: PagePath = Field(description="The page (under docs/) where the passage is shown, e.g. year-ahead.md.")
    kind: Literal[CORRECTION_KINDS] = Field(  # type: ignore[valid-type]
        description="typo (words corrected), layout (a sentence split by the PDF's page layout joined), "
        "structure (an item nested or split differently), or kept (noted, but left as printed)."
    )
    original: LongText = Field(description="The passage as the PDF prints it.")
    corrected: LongText | None = Field(
        default=None, description="The passage as this site shows it (empty for kind: kept)."
    )
    reason: LongText = Field(description="Why, in one sentence.")

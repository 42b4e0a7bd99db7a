"""The report's data model: typed, frozen records validated by pydantic.

Each class is one kind of entry in one file under data/. Field descriptions are
written for the editors: they become the JSON Schemas their editors use for
completion and inline help. Cross-file references (a member id in an activity) are
checked by the loader, which sees every file at once.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..text.urls import check_url
from .dates import PartialDate
from .types import AcronymTerm, AssetPath, Colour, Email, IconName, Id, LongText, Markdown, PagePath, Text, Url


class Record(BaseModel):
    """Base of every entry: unknown fields are errors, types are strict, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Contacts(Record):
    website: Url = Field(description="The ICAT website address, starting with https:// or http://.")
    email: Email = Field(description="The contact e-mail address, e.g. icat@un.org.")
    twitter: Url = Field(description="The address of ICAT's X/Twitter account.")

    _urls = field_validator("website", "twitter")(check_url)


class Quote(Record):
    """The report's own words the home page opens with, and where the report says them."""

    text: LongText = Field(description="The words exactly as the page has them (the build checks they are there).")
    page: PagePath = Field(description="The page (under docs/) that says them, e.g. message-from-the-co-chairs.md.")
    by: Text = Field(description="Who says them, as the home page credits them, e.g. UNHCR and UNODC, co-Chairs.")


class ReportInfo(Record):
    """data/report.yaml: the report's metadata."""

    title: Text = Field(description="The report's title as printed on the cover.")
    organisation: Text = Field(description="The full name of the group that publishes the report.")
    organisation_acronym: Text = Field(description="The group's acronym, e.g. ICAT.")
    year: int = Field(ge=2000, le=2100, description="The year the report covers, e.g. 2021.")
    published: int = Field(ge=2000, le=2100, description="The year the report was published.")
    publisher: Text = Field(description="Who holds the copyright, e.g. United Nations.")
    copyright: Text = Field(description="The copyright line as printed.")
    co_chairs: list[Id] = Field(min_length=1, description="Member ids of the co-chairs in the report's year.")
    incoming_co_chairs: list[Id] = Field(default=[], description="Member ids of the co-chairs for the following year.")
    contacts: Contacts
    cover_quote: Quote | None = Field(default=None, description="The report's words the home page opens with.")
    logo: AssetPath | None = Field(
        default=None,
        description="The official logo beside the wordmark, a file under docs/ (e.g. assets/logo.svg), only where "
        "the secretariat holds the right to show it (optional: none is shipped).",
    )
    logo_alt: Text | None = Field(default=None, description="What the logo says, for screen readers (with logo).")

    @model_validator(mode="after")
    def _logo_has_alt(self) -> ReportInfo:
        if self.logo and not self.logo_alt:
            raise ValueError("a logo needs logo_alt: the words it shows, e.g. ICAT logo")
        return self


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


class Link(Record):
    """One entry of data/links.yaml: an address the report links to."""

    id: Id = Field(description="Stable id; text refers to it as `[shown words][id]`.")
    title: Text = Field(description="What the address points to.")
    url: Url | None = Field(
        default=None,
        description="The real address (https://, http://, or mailto: for e-mail). Leave empty when unknown: the words "
        "are then shown without a link. Never guess.",
    )
    confidence: Text | None = Field(
        default=None,
        description="How sure we are the address is the one the report meant (page-itself, candidate, not-found).",
    )
    note: LongText | None = Field(default=None, description="Where the address was found, for the next editor.")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)


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

    id: Id = Field(description="Stable id, lowercase with hyphens.")
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
    told_in: PagePath = Field(description="The page (under docs/) that tells it, e.g. year-in-review/survivors.md.")
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

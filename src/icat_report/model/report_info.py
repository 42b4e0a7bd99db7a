"""data/report.yaml's record: the report's metadata, its contacts, the cover's quote and the logo."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from ..text.urls import check_url
from .base import Record
from .types import AssetPath, Email, Id, LongText, PagePath, Text, Url


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
    co_chairs: list[Id] = Field(
        min_length=1,
        description="Member ids of the co-chairs in the report's year, in the order the report names them.",
    )
    incoming_co_chairs: list[Id] = Field(
        default=[],
        description="Member ids of the co-chairs for the following year, in the order the report names them.",
    )
    contacts: Contacts
    cover_quote: Quote | None = Field(default=None, description="The report's words the home page opens with.")
    logo: AssetPath | None = Field(
        default=None,
        description="The official logo beside the wordmark, a file under docs/ (e.g. assets/logo.svg), only where "
        "the secretariat holds the right to show it (optional: none is shipped).",
    )
    logo_alt: Text | None = Field(default=None, description="What the logo says, for screen readers (with logo).")

    @property
    def full_title(self) -> str:
        """The title as the report is cited and headed: "ICAT Chairs' Annual Report 2021"."""
        return f"{self.organisation_acronym} {self.title}"

    @model_validator(mode="after")
    def _logo_has_alt(self) -> ReportInfo:
        if self.logo and not self.logo_alt:
            raise ValueError("a logo needs logo_alt: the words it shows, e.g. ICAT logo")
        return self

"""The whole report as one validated object, with the lookups and counts pages need.

Every lookup by id (`member`, `priority`, `event`, ...) raises `UnknownId` for an unknown id, whose
text is a sentence for the editor; the macro adapter adds the page's file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .model import Acronym, Activity, Correction, Event, Footnote, Link, Member, Photo, Priority, ReportInfo
from .problems import did_you_mean

ICAT_ID = "icat"  # reserved organiser id: the coordination group itself


class UnknownId(KeyError):
    """An id the data does not define; str() is the sentence for the editor."""

    def __init__(self, kind: str, ident: object, file: str, known: list[str]) -> None:
        super().__init__(ident)
        shown = str(ident) if len(str(ident)) <= 80 else str(ident)[:77] + "..."
        hint = did_you_mean(shown, known) if len(str(ident)) <= 80 else ""
        self.sentence = f"no {kind} '{shown}' in data/{file}{hint}"

    def __str__(self) -> str:
        return self.sentence


@dataclass(frozen=True, repr=False)
class Report:
    """Everything under data/, validated and cross-checked."""

    info: ReportInfo
    members: tuple[Member, ...]
    priorities: tuple[Priority, ...]
    links: tuple[Link, ...]
    acronyms: tuple[Acronym, ...]
    footnotes: tuple[Footnote, ...]
    photos: tuple[Photo, ...]
    activities: tuple[Activity, ...]
    events: tuple[Event, ...]
    corrections: tuple[Correction, ...]

    def __repr__(self) -> str:
        """Counts, not every record: the macros plugin writes its variables, this one included, into a debug
        payload on every build, and the records' own reprs cost the build milliseconds for nothing."""
        counts = ", ".join(
            f"{len(getattr(self, name))} {name}" for name in ("members", "priorities", "activities", "events")
        )
        return f"Report({self.info.year}: {counts})"

    # -- lookups: one style; an unknown key raises UnknownId, whose text is the editor's sentence --
    def member(self, member_id: str) -> Member:
        """The member or partner with this id."""
        return _lookup(self._index("members", "id"), member_id, "member or partner", "members.yaml")

    def priority(self, priority_id: str) -> Priority:
        """The priority with this id (e.g. evidence-base)."""
        return _lookup(self._index("priorities", "id"), priority_id, "priority", "priorities.yaml")

    def priority_numbered(self, number: int) -> Priority:
        """The priority with this number (e.g. 4), as other files name it."""
        return _lookup(self._index("priorities", "number"), number, "priority number", "priorities.yaml")

    def activity(self, activity_id: str) -> Activity:
        """The highlight with this id."""
        return _lookup(self._index("activities", "id"), activity_id, "highlight", "activities.yaml")

    def event(self, event_id: str) -> Event:
        return _lookup(self._index("events", "id"), event_id, "event", "events.yaml")

    def photo(self, photo_id: str) -> Photo:
        """The photo caption with this id."""
        return _lookup(self._index("photos", "id"), photo_id, "photo", "photos.yaml")

    def link(self, link_id: str) -> Link:
        return _lookup(self._index("links", "id"), link_id, "link", "links.yaml")

    def footnote(self, footnote_id: str) -> Footnote:
        return _lookup(self._index("footnotes", "id"), footnote_id, "footnote", "footnotes.yaml")

    def acronym(self, term: str) -> Acronym:
        return _lookup(self._index("acronyms", "term"), term, "acronym", "acronyms.yaml")

    def defines(self, attribute: str, key: object) -> bool:
        """Whether the records of `attribute` (members, links, footnotes, ...) include this id."""
        field = "term" if attribute == "acronyms" else "id"
        return isinstance(key, str) and key in self._index(attribute, field)

    def _index(self, attribute: str, field: str) -> dict:
        """{key: record} of one kind of record, built once (the report is frozen)."""
        cache = self.__dict__.setdefault("_indexes", {})
        if (attribute, field) not in cache:
            cache[attribute, field] = {getattr(record, field): record for record in getattr(self, attribute)}
        return cache[attribute, field]

    def expansion(self, acronym: Acronym) -> str:
        """What an acronym stands for (a member's acronym takes the member's name)."""
        if acronym.expansion:
            return acronym.expansion
        return self.member(acronym.member).name  # type: ignore[arg-type]

    # -- members ---------------------------------------------------------------
    def entities(self, role: str | None = None) -> tuple[Member, ...]:
        """Members and partners in report order; only one role when given."""
        return tuple(m for m in self.members if role is None or m.role == role)

    @property
    def entities_total(self) -> int:
        return len(self.members)

    @property
    def members_total(self) -> int:
        return len(self.entities("member"))

    @property
    def partners_total(self) -> int:
        return len(self.entities("partner"))

    @property
    def joined_total(self) -> int:
        """Entities that joined in the report's year."""
        return sum(1 for m in self.members if m.joined == self.info.year)

    # Indexes built once, so that pages per member stay linear in the data's size.
    @cached_property
    def _activities_by_member(self) -> dict[str, tuple[Activity, ...]]:
        return _group((m, a) for a in self.activities for m in dict.fromkeys(a.members))

    @cached_property
    def _activities_by_priority(self) -> dict[int, tuple[Activity, ...]]:
        return _group((a.priority, a) for a in self.activities)

    @cached_property
    def _events_by_member(self) -> dict[str, tuple[Event, ...]]:
        pictured = {(person.member, p.event) for p in self.photos for person in p.people if person.member and p.event}
        pairs = [(m, e) for e in self.events for m in dict.fromkeys(e.organisers)]
        pairs += [
            (m, e)
            for (m, event_id) in pictured
            if self.defines("events", event_id)
            for e in [self.event(event_id)]
            if m not in e.organisers
        ]
        order = {e.id: i for i, e in enumerate(self.events)}
        return {m: tuple(sorted(es, key=lambda e: order[e.id])) for m, es in _group(pairs).items()}

    @cached_property
    def _people_by_member(self) -> dict[str, tuple[tuple[Photo, str], ...]]:
        return _group(
            (person.member, (photo, person.name)) for photo in self.photos for person in photo.people if person.member
        )

    def activities_of(self, member_id: str) -> tuple[Activity, ...]:
        return self._activities_by_member.get(member_id, ())

    def activities_under(self, number: int) -> tuple[Activity, ...]:
        return self._activities_by_priority.get(number, ())

    def entities_under(self, number: int) -> tuple[str, ...]:
        """The ids of the entities that reported work under a priority, in the order of their first highlight."""
        return tuple(dict.fromkeys(m for a in self.activities_under(number) for m in a.members))

    def events_of(self, member_id: str) -> tuple[Event, ...]:
        """Events the member organised, or took part in (someone of it is in their photo)."""
        return self._events_by_member.get(member_id, ())

    def people_of(self, member_id: str) -> tuple[tuple[Photo, str], ...]:
        """(photo, person name) for every caption that names someone of the member."""
        return self._people_by_member.get(member_id, ())


def _lookup(table: dict, ident: object, kind: str, file: str):
    try:
        return table[ident]
    except (KeyError, TypeError):  # TypeError: an unhashable id, such as a list
        raise UnknownId(kind, ident, file, list(table)) from None


def _group(pairs) -> dict:
    """{key: tuple of values} keeping the order in which values come."""
    grouped: dict = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in grouped.items()}

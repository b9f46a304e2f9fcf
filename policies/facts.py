"""The facts a draft is checked on: plain data, no ORM, no request."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

CONSENTS = ("granted", "refused", "withdrawn", "none")
CONSENT_SCOPES = ("any", "group", "no_face")
EXCEPTIONS = ("event", "urgent")
CATEGORIES = (
    "learning",
    "trip",
    "residential",
    "event",
    "sport",
    "celebration",
    "news",
    "reminder",
    "urgent",
    "newsletter",
    "other",
)


@dataclass(frozen=True, slots=True)
class RosterPupil:
    first_name: str
    last_name: str
    known_as: tuple[str, ...] = ()
    consent: str = "none"
    consent_scope: str = "any"
    consent_valid_until: date | None = None
    key: str = ""
    group: str = ""  # class or year group, for questions: "Is 'Grace' here Grace P. in 4B?"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    pupils: tuple[str, ...] = ()  # RosterPupil.key of each pupil shown
    no_identifiable_pupils: bool = False
    alt_text: str = ""
    group: bool = False
    faces: int | None = None  # None: not detected (yet)
    label: str = ""  # how messages name the photo, e.g. its file name
    adults_only: bool = False  # the author declares that only adults are shown


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    when: datetime | None = None  # timezone-aware
    exception: str | None = None
    exception_reason: str = ""
    category: str = "other"
    reply_to: str | None = None
    photos: tuple[PhotoFacts, ...] = field(default_factory=tuple)
    timezone: str = "Europe/London"  # the school's; posting hours are read in it
    staff: tuple[str, ...] = ()  # the school's members' names: adults, never pupils
    contacts: tuple[str, ...] = ()  # the school's own public phone numbers and addresses

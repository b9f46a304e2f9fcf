"""Pupils fetched by the rules of accounts/access.py."""

from __future__ import annotations

from django.http import HttpRequest

from schoolsocial.accounts import access
from schoolsocial.pupils.models import Pupil


def access_pupil(request: HttpRequest, pupil_id: int, ability: str = "view_pupils"):
    """A pupil of the user's school, with their current consent, if their role has `ability`:
    404 for another school's."""
    return access.access_school_object(request, Pupil.objects.with_consent(), pupil_id, ability)

from __future__ import annotations

from django.db import models

from policies import RosterPupil


class Pupil(models.Model):
    school = models.ForeignKey("accounts.School", models.CASCADE, related_name="pupils")
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    known_as = models.JSONField("known-as names", default=list, blank=True)
    group = models.CharField("class or year group", max_length=100, blank=True)
    left_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    ROSTER_FIELDS = ("id", "first_name", "last_name", "known_as")

    class Meta:
        indexes = [models.Index(fields=("school", "last_name", "first_name"))]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def roster_entry(self) -> RosterPupil:
        return RosterPupil(
            first_name=self.first_name,
            last_name=self.last_name,
            known_as=tuple(self.known_as),
            key=str(self.pk),
        )

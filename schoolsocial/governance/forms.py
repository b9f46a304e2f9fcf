from __future__ import annotations

import re
from datetime import timedelta

from django import forms
from django.utils import timezone

HANDLE = re.compile(r"^@?([A-Za-z0-9_]{1,15})$")


class ConcernForm(forms.Form):
    text = forms.CharField(label="What worries you about this post?", max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class ResolveForm(forms.Form):
    note = forms.CharField(label="What was done (kept in the audit log)", max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class FollowForm(forms.Form):
    handle = forms.CharField(label="X account to follow", max_length=16,
                             help_text="Its @handle, e.g. @NatGeoKids")
    reason = forms.CharField(label="Why is it educational?", max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def clean_handle(self) -> str:
        match = HANDLE.match(self.cleaned_data["handle"].strip())
        if not match:
            raise forms.ValidationError("An X handle has 1 to 15 letters, digits or underscores.")
        return match.group(1)


class DecideFollowForm(forms.Form):
    note = forms.CharField(label="Note", max_length=1000, required=False)


class DutyDoneForm(forms.Form):
    note = forms.CharField(label="Note", max_length=1000, required=False)
    next_due = forms.DateField(label="Next review due by", required=False,
                               widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, needs_next_due: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.needs_next_due = needs_next_due

    def clean_next_due(self):
        value = self.cleaned_data["next_due"]
        if not self.needs_next_due:
            return None
        if value is None:
            raise forms.ValidationError("Give the date of the next review.")
        if value <= timezone.localdate():
            raise forms.ValidationError("The next review must be after today.")
        if value > timezone.localdate() + timedelta(days=3 * 366):
            raise forms.ValidationError("Review the policy at least every three years.")
        return value

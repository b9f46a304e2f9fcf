from __future__ import annotations

from django import forms

from schoolsocial.dates import check_date_in_range
from schoolsocial.pupils.importer import FIELDS, REQUIRED
from schoolsocial.pupils.models import Channel, Consent, ConsentRecord, Scope


class ConsentForm(forms.ModelForm):
    class Meta:
        model = ConsentRecord
        fields = ("status", "scope", "channel", "valid_until", "evidence")
        labels = {"status": "Photo consent", "scope": "For", "channel": "Where",
                  "valid_until": "Valid until"}
        help_texts = {"channel": "If the form asks about the website and social media "
                                 "separately, record each answer; one answer covers both."}
        widgets = {
            "valid_until": forms.DateInput(attrs={"type": "date"}),
            "evidence": forms.Textarea(attrs={"rows": 2}),
            "status": forms.RadioSelect(choices=Consent.choices),
            "scope": forms.RadioSelect(choices=Scope.choices),
            "channel": forms.RadioSelect(choices=Channel.choices),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_until"].validators.append(check_date_in_range)
        # Only the real choices: no "---------" radio button for "nothing chosen".
        self.fields["status"].choices = Consent.choices
        self.fields["scope"].choices = Scope.choices
        self.fields["channel"].choices = Channel.choices
        self.fields["channel"].required = False  # not asked: one consent for every channel

    def clean_channel(self) -> str:
        return self.cleaned_data.get("channel") or Channel.ALL

    def clean(self) -> dict:
        data = super().clean()
        if data.get("status") in (Consent.WITHDRAWN, Consent.REFUSED) and not data.get("evidence"):
            self.add_error("evidence", "Note how the parent told the school (a letter, a call on "
                                       "what date): the record must show it.")
        return data


class ImportUploadForm(forms.Form):
    file = forms.FileField(label="CSV file", help_text="Exported from SIMS, Arbor or Bromcom.",
                           error_messages={"empty": "The file is empty (0 bytes): export it again.",
                                           "required": "Choose the CSV file to import."})
    full = forms.BooleanField(
        label="This file lists every pupil in the school", required=False,
        help_text="Pupils missing from it are marked as left and their consent lapses.",
    )


class MappingForm(forms.Form):
    """Which column of the file holds which field; guessed, and editable."""

    def __init__(self, *args, headers: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "(not in this file)")] + [(h, h) for h in headers]
        for name, label in FIELDS.items():
            self.fields[name] = forms.ChoiceField(label=label, choices=choices,
                                                  required=name in REQUIRED)

    def mapping(self) -> dict[str, str]:
        return {name: header for name, header in self.cleaned_data.items() if header}

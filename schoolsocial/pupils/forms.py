from __future__ import annotations

from django import forms
from django.db import models

from schoolsocial.dates import check_date_in_range
from schoolsocial.pupils.importer import FIELDS, REQUIRED
from schoolsocial.pupils.models import Consent, ConsentRecord, Pupil, Scope

MAX_PHOTOS = 4


class ConsentForm(forms.ModelForm):
    class Meta:
        model = ConsentRecord
        fields = ("status", "scope", "valid_until", "evidence")
        labels = {"status": "Photo consent", "scope": "For", "valid_until": "Valid until"}
        widgets = {
            "valid_until": forms.DateInput(attrs={"type": "date"}),
            "evidence": forms.Textarea(attrs={"rows": 2}),
            "status": forms.RadioSelect(choices=Consent.choices),
            "scope": forms.RadioSelect(choices=Scope.choices),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["valid_until"].validators.append(check_date_in_range)
        # Only the real choices: no "---------" radio button for "nothing chosen".
        self.fields["status"].choices = Consent.choices
        self.fields["scope"].choices = Scope.choices

    def clean(self) -> dict:
        data = super().clean()
        if data.get("status") in (Consent.WITHDRAWN, Consent.REFUSED) and not data.get("evidence"):
            self.add_error("evidence", "Note how the parent told the school (a letter, a call on "
                                       "what date): the record must show it.")
        return data


def author_classes(school, author) -> list[str]:
    """The classes whose pupils this person has tagged in their posts' photos, most first: the
    school records no class teachers, so the classes they photograph stand for their own."""
    tagged = (Pupil.objects.filter(school=school, photos__post__author=author)
              .values("group").annotate(n=models.Count("id")).order_by("-n", "group"))
    return [row["group"] for row in tagged]


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


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [file for file in files if file]


class PhotoUploadForm(forms.Form):
    photos = PhotosField(
        label="Add photos", required=False,
        help_text=f"Up to {MAX_PHOTOS} photos: JPEG, PNG, WebP or iPhone (HEIC), 20 MB each at "
        "most. Location and camera details are removed.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photos"].widget.attrs.update({"accept": "image/*", "multiple": True})


class PhotoTagForm(forms.Form):
    alt_text = forms.CharField(
        label="Describe the photo for people who cannot see it (alt text)", max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Describe the photo: X reads it to people who cannot see it."},
    )
    no_identifiable_pupils = forms.BooleanField(
        label="No pupil can be identified (work, hands, backs of heads)", required=False)
    adults_only = forms.BooleanField(
        label="Adults only: no child is in this photo (a visitor, staff, governors)",
        required=False,
        help_text="The approver is asked to check the faces and give a reason.")
    pupils = forms.ModelMultipleChoiceField(
        label="Pupils shown", queryset=Pupil.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, school, author=None, **kwargs):
        super().__init__(*args, **kwargs)
        roster = Pupil.objects.filter(school=school).current().with_consent().order_by(
            "group", "last_name", "first_name")
        self.fields["pupils"].queryset = roster
        self.fields["pupils"].label_from_instance = (
            lambda p: f"{p.first_name} {p.last_name} ({p.group or 'no class'}): "
            f"consent {p.get_consent_display().lower()}")
        self.author_classes = author_classes(school, author) if author else []

    def pupil_groups(self) -> list[dict]:
        """The pupils' boxes by class, the classes the author tags most first, then the rest in
        order (for the Tag and describe page: pupils/photo_tag.html)."""
        groups: dict[str, list] = {}
        for box in self["pupils"]:
            groups.setdefault(box.data["value"].instance.group, []).append(box)
        mine = [name for name in self.author_classes if name in groups]
        order = mine + [name for name in groups if name not in mine]
        return [{"name": name or "No class", "mine": name in mine, "boxes": groups[name]}
                for name in order]

    def clean(self) -> dict:
        data = super().clean()
        if data.get("adults_only"):
            if data.get("pupils") or data.get("no_identifiable_pupils"):
                raise forms.ValidationError(
                    "A photo of adults only has no pupils in it: untick the pupils (and “no "
                    "pupil can be identified”), or untick “adults only”.")
            return data
        if data.get("no_identifiable_pupils") and data.get("pupils"):
            raise forms.ValidationError(
                "Either tick the pupils shown, or declare that no pupil can be identified: "
                "not both.")
        if not data.get("no_identifiable_pupils") and not data.get("pupils"):
            raise forms.ValidationError(
                "Tick every pupil shown, declare that no pupil can be identified, or that "
                "the photo shows adults only.")
        return data

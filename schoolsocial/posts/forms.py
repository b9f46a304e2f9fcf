from __future__ import annotations

from datetime import datetime

from django import forms
from django.db import models
from django.utils import timezone

from policies import weighted_length
from policies.timeutil import ClockChangeError, localize
from schoolsocial.dates import check_date_in_range
from schoolsocial.posts import networks
from schoolsocial.posts.content import canonical_networks
from schoolsocial.posts.models import Category, Post, PostException
from schoolsocial.pupils.models import Pupil

X_LIMIT = 280


class WallClockField(forms.DateTimeField):
    """A naive wall-clock time; the form makes it aware in the school's timezone, so that a time
    the clocks skip or repeat gets our message rather than Django's."""

    default_validators = [check_date_in_range]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        return forms.fields.BaseTemporalField.to_python(self, value)


NETWORKS_SHOWN = "networks_shown"  # the compose page's marker: the network choice was shown


class PostForm(forms.ModelForm):
    """Compose and edit. The scheduled time is typed in the school's timezone."""

    scheduled_at = WallClockField(
        label="Publish at",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text="In the school's time. Leave empty while drafting; needed to submit.",
    )

    networks = forms.MultipleChoiceField(
        label="Post to", widget=forms.CheckboxSelectMultiple, required=False,
        help_text="Tick each network it should go to (the school's connected ones are ticked "
        "to start with). The approval covers these networks: changing them after approval "
        "needs a new approval.")

    class Meta:
        model = Post
        fields = ("text", "category", "exception", "exception_reason", "scheduled_at")
        labels = {
            "text": "Post",
            "exception": "Outside posting hours because of",
            "exception_reason": "Reason for the exception",
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "category": forms.Select(choices=Category.choices),
            "exception": forms.Select(choices=PostException.choices),
        }

    def __init__(self, *args, school, **kwargs):
        self.school = school
        super().__init__(*args, **kwargs)
        self.fields["text"].required = True
        self.fields["text"].error_messages["required"] = "Write the post before saving it."
        # the school's accounts, read once: the compose page and the live check reuse them
        self.connected = networks.accounts(school)
        self.fields["networks"].choices = networks.choices(school, self.connected)
        if not self.is_bound:
            self.initial["networks"] = (canonical_networks(self.instance.networks)
                                        if self.instance.pk else
                                        networks.default_networks(school, self.connected))
        if self.instance.scheduled_at and not self.is_bound:
            local = timezone.localtime(self.instance.scheduled_at, school.tz)
            self.initial["scheduled_at"] = local.replace(tzinfo=None)

    def clean_text(self) -> str:
        return self.cleaned_data["text"].strip()

    def clean_scheduled_at(self) -> datetime | None:
        value = self.cleaned_data.get("scheduled_at")
        if value is None:
            return None
        try:
            when = localize(value, self.school.timezone)
        except ClockChangeError as error:
            raise forms.ValidationError(str(error)) from None
        if when <= timezone.now() and when != self.instance.scheduled_at:
            raise forms.ValidationError("That time has already passed. Choose a later time.")
        return when

    @property
    def shows_networks(self) -> bool:
        """The networks are offered when there is a choice, or X is there but not connected."""
        choices = self.fields["networks"].choices
        return len(choices) > 1 or not networks.x_connected(self.school)

    def clean_networks(self) -> list[str]:
        """The ticked networks. A form that did not show the choice (X the only network, or a
        client that does not send it) goes to X, as every post did before networks could be
        chosen; one that showed it must have one ticked."""
        ticked = self.cleaned_data.get("networks", ())
        if not ticked and NETWORKS_SHOWN not in self.data:
            return ["x"]
        if not ticked:
            raise forms.ValidationError("Tick at least one network for it to go to. Your text "
                                        "is kept below.")
        return canonical_networks(ticked)

    def clean(self) -> dict:
        data = super().clean()
        text = data.get("text")
        if text and "x" in data.get("networks", ("x",)):
            length = weighted_length(text)
            if length > X_LIMIT:
                self.add_error("text", f"This is {length - X_LIMIT} characters too long for X "
                               f"({length} of {X_LIMIT}). Shorten it, or untick X; your text "
                               "is kept below.")
        if data.get("exception") and not data.get("exception_reason", "").strip():
            self.add_error(
                "exception_reason", "Say why this post must go out outside posting hours."
            )
        if not data.get("exception"):
            data["exception_reason"] = ""
        return data

    def content(self) -> dict:
        return {field: self.cleaned_data[field] for field in (*self.Meta.fields, "networks")}


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label="Comment for the author", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


# Photos ------------------------------------------------------------------------------------

def author_classes(school, author) -> list[str]:
    """The classes whose pupils this person has tagged in their posts' photos, most first: the
    school records no class teachers, so the classes they photograph stand for their own."""
    tagged = (Pupil.objects.filter(school=school, photos__post__author=author)
              .values("group").annotate(n=models.Count("id")).order_by("-n", "group"))
    return [row["group"] for row in tagged]


MAX_PHOTOS = 4


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
        order (for the Tag and describe page: posts/photo_tag.html)."""
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

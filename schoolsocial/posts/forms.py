from __future__ import annotations

from datetime import datetime

from django import forms
from django.utils import timezone

from policies import weighted_length
from policies.timeutil import ClockChangeError, localize
from schoolsocial.dates import check_date_in_range
from schoolsocial.posts.models import Category, Exception_, Post

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


class PostForm(forms.ModelForm):
    """Compose and edit. The scheduled time is typed in the school's timezone."""

    scheduled_at = WallClockField(
        label="Publish at",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text="In the school's time. Leave empty while drafting; needed to submit.",
    )

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
            "exception": forms.Select(choices=Exception_.choices),
        }

    def __init__(self, *args, school, **kwargs):
        self.school = school
        super().__init__(*args, **kwargs)
        self.fields["text"].required = True
        self.fields["text"].error_messages["required"] = "Write the post before saving it."
        if self.instance.scheduled_at and not self.is_bound:
            local = timezone.localtime(self.instance.scheduled_at, school.tz)
            self.initial["scheduled_at"] = local.replace(tzinfo=None)

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        length = weighted_length(text)
        if length > X_LIMIT:
            raise forms.ValidationError(
                f"This is {length - X_LIMIT} characters too long for X ({length} of {X_LIMIT}). "
                "Shorten it; your text is kept below."
            )
        return text

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

    def clean(self) -> dict:
        data = super().clean()
        if data.get("exception") and not data.get("exception_reason", "").strip():
            self.add_error(
                "exception_reason", "Say why this post must go out outside posting hours."
            )
        if not data.get("exception"):
            data["exception_reason"] = ""
        return data

    def content(self) -> dict:
        return {field: self.cleaned_data[field] for field in self.Meta.fields}


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label="Comment for the author", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

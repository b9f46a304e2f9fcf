from __future__ import annotations

from datetime import date

from django import forms

from schoolsocial.audit.actions import ACTIONS
from schoolsocial.audit.queries import search_words
from schoolsocial.dates import DateField


class AuditFilterForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=100,
                        help_text="Words in the summary, e.g. a post's first words.",
                        widget=forms.TextInput(attrs={"type": "search"}))
    start = DateField(label="From", required=False,
                            widget=forms.DateInput(attrs={"type": "date"}))
    end = DateField(label="To", required=False,
                          widget=forms.DateInput(attrs={"type": "date"}))
    actor = forms.TypedChoiceField(label="Who", required=False, coerce=int, empty_value=None)
    action = forms.ChoiceField(label="What", required=False)

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].choices = [("", "Anyone")] + [
            (user.pk, user.display_name()) for user in staff
        ]
        self.fields["action"].choices = [("", "Any action"), *ACTIONS.items()]
        self.fields["actor"].error_messages["invalid_choice"] = (
            "Choose someone from the list: that person is not on the school's staff."
        )
        self.fields["action"].error_messages["invalid_choice"] = (
            "Choose an action from the list: the log does not know that one."
        )
        self.fields["q"].error_messages["max_length"] = (
            "Search for at most 100 characters: a few words are enough."
        )

    def clean_q(self) -> str:
        text = self.cleaned_data["q"].strip()
        if text and not search_words(text):
            raise forms.ValidationError("Search for words or numbers: punctuation alone "
                                        "matches nothing.")
        return text

    def clean(self) -> dict:
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The 'From' date is after the 'To' date: swap them round.")
        return data

    def query(self) -> dict:
        """The valid filters as plain strings, for an export link."""
        return {name: value.isoformat() if isinstance(value, date) else str(value)
                for name, value in self.cleaned_data.items() if value not in (None, "")}


class ReportForm(forms.Form):
    term = forms.ChoiceField(label="Term", required=False)
    start = DateField(label="Or from", required=False,
                            widget=forms.DateInput(attrs={"type": "date"}))
    end = DateField(label="To", required=False,
                          widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, terms: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["term"].choices = terms
        self.fields["term"].error_messages["invalid_choice"] = (
            "Choose a term from the list: that one is not known."
        )

    def clean(self) -> dict:
        data = super().clean()
        if bool(data.get("start")) != bool(data.get("end")):
            raise forms.ValidationError("Give both dates of the period, or choose a term.")
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The 'From' date is after the 'To' date: swap them round.")
        if data.get("start") and (data["end"] - data["start"]).days > 366:
            raise forms.ValidationError("A report covers at most a year: choose a shorter period.")
        return data


class AnchorForm(forms.Form):
    """An anchor from the weekly e-mail or the termly report, to check the chain against."""

    position = forms.IntegerField(label="Anchor position", required=False, min_value=1,
                                  max_value=2**62)
    hash = forms.RegexField(label="Anchor hash", required=False, regex=r"^\s*[0-9a-fA-F]{64}\s*$",
                            error_messages={"invalid": "The hash is the 64 letters and digits "
                                                       "(0-9, a-f) in the anchor e-mail."})

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors and bool(data.get("position")) != bool(data.get("hash")):
            raise forms.ValidationError("Give both the position and the hash of the anchor, or "
                                        "neither.")
        return data

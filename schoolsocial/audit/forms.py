from __future__ import annotations

from django import forms

from schoolsocial.audit.actions import ACTIONS


class AuditFilterForm(forms.Form):
    start = forms.DateField(label="From", required=False,
                            widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="To", required=False,
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

    def clean(self) -> dict:
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The 'From' date is after the 'To' date: swap them round.")
        return data

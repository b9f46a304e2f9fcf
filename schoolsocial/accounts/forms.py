from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation

from schoolsocial.accounts.models import Role, School, User, preset_choices, timezone_choices


class SchoolSettingsForm(forms.ModelForm):
    timezone = forms.ChoiceField(choices=timezone_choices)
    policy_preset = forms.ChoiceField(
        label="Policy preset",
        choices=preset_choices,
        help_text="Which school's written policy the rules follow.",
    )

    class Meta:
        model = School
        fields = ("name", "x_handle", "timezone", "policy_preset")
        labels = {"name": "School name"}

    def clean_x_handle(self) -> str:
        handle = self.cleaned_data["x_handle"].strip().removeprefix("@")
        if handle and not handle.replace("_", "").isalnum():
            raise forms.ValidationError("An X handle has only letters, digits and underscores.")
        return handle


class StaffAddForm(forms.Form):
    username = forms.CharField(max_length=150, help_text="What they type to sign in.")
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    email = forms.EmailField(required=False)
    role = forms.ChoiceField(choices=Role.choices)
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="A first password; give it to them in person.",
    )

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("Someone already has that username.")
        return username

    def clean(self) -> dict:
        data = super().clean()
        if data.get("password"):
            user = User(username=data.get("username", ""), first_name=data.get("first_name", ""),
                        last_name=data.get("last_name", ""), email=data.get("email", ""))
            try:
                password_validation.validate_password(data["password"], user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)

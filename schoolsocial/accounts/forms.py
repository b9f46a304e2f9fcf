from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Prefetch

from schoolsocial.accounts.models import (
    Membership,
    Role,
    School,
    User,
    preset_choices,
    timezone_choices,
)


class LoginForm(AuthenticationForm):
    """Django's sign-in form, refusing a username no account can have before anything looks it
    up (the failed-attempt log's column is 255 characters; PostgreSQL refuses longer)."""

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        limit = User._meta.get_field("username").max_length
        if len(username) > limit:
            raise forms.ValidationError(
                f"A username has at most {limit} characters; this one has {len(username)}. "
                "Check what you typed or pasted.")
        return username


class SchoolSettingsForm(forms.ModelForm):
    timezone = forms.ChoiceField(choices=timezone_choices)
    policy_preset = forms.ChoiceField(
        label="Policy preset",
        choices=preset_choices,
        help_text="Which school's written policy the rules follow.",
    )

    class Meta:
        model = School
        fields = ("name", "x_handle", "timezone", "policy_preset", "public_contacts")
        labels = {"name": "School name"}
        help_texts = {
            "public_contacts": "The office phone numbers and e-mail addresses the school "
            "publishes, one a line. Posts may give them; any other number or address is "
            "personal data.",
        }
        widgets = {"public_contacts": forms.Textarea(attrs={"rows": 3})}

    def clean_public_contacts(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["public_contacts"].splitlines()]
        for n, line in enumerate(lines, 1):
            digits = sum(c.isdigit() for c in line)
            if line and "@" not in line and digits < 3:
                raise forms.ValidationError(
                    f"Line {n} (“{line[:40]}”) is neither a phone number nor an e-mail address."
                )
        return "\n".join(line for line in lines if line)

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


class ColleagueAddForm(forms.Form):
    """Someone who already works in another school of the same trust, given a role here too:
    they keep one account and switch schools in the header."""

    user = forms.ModelChoiceField(queryset=User.objects.none(), label="Colleague",
                                  empty_label="Choose a colleague")
    role = forms.ChoiceField(choices=Role.choices)

    def __init__(self, *args, school: School, **kwargs):
        super().__init__(*args, prefix="colleague", **kwargs)
        self.fields["user"].queryset = colleagues(school)
        self.fields["user"].label_from_instance = lambda user: (
            f"{user.display_name()} ({', '.join(m.school.name for m in user.trust_schools)})")


def colleagues(school: School):
    """Staff of the school's trust's other schools who have no role in this one yet."""
    if school.trust_id is None:
        return User.objects.none()
    elsewhere = Membership.objects.filter(school__trust_id=school.trust_id).exclude(
        school=school).select_related("school").order_by("school__name")
    return (User.objects.filter(memberships__school__trust_id=school.trust_id, is_active=True)
            .exclude(memberships__school=school).distinct()
            .prefetch_related(Prefetch("memberships", queryset=elsewhere,
                                       to_attr="trust_schools"))
            .order_by("last_name", "first_name"))


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)

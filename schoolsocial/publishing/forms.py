from __future__ import annotations

from django import forms

from schoolsocial.publishing.backends import Credentials


def _secret(label: str) -> forms.CharField:
    return forms.CharField(label=label, max_length=200, strip=True, widget=forms.PasswordInput(
        render_value=False, attrs={"autocomplete": "off", "spellcheck": "false"}))


class XKeysForm(forms.Form):
    """Keys typed in from the X developer portal, for a school that uses its own X app. They are
    never rendered back (render_value=False)."""

    consumer_key = _secret("API key (consumer key)")
    consumer_secret = _secret("API key secret (consumer secret)")
    access_token = _secret("Access token")
    access_token_secret = _secret("Access token secret")

    def credentials(self) -> Credentials:
        return Credentials(**self.cleaned_data)


class PauseForm(forms.Form):
    reason = forms.CharField(label="Why? (kept in the audit log)", max_length=300, required=False,
                             widget=forms.TextInput(attrs={"autocomplete": "off"}))

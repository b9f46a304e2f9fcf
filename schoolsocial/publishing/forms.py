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


class BlueskyForm(forms.Form):
    handle = forms.CharField(label="The school's Bluesky handle", max_length=253, strip=True,
                             help_text="Such as forefieldprimary.bsky.social, or the school's "
                                       "own domain.",
                             widget=forms.TextInput(attrs={"autocomplete": "off",
                                                           "spellcheck": "false",
                                                           "autocapitalize": "none"}))
    app_password = _secret("App password")
    service = forms.URLField(label="Server", initial="https://bsky.social", max_length=300,
                             assume_scheme="https",
                             help_text="Leave as it is unless the school runs its own server.")

    def clean_handle(self) -> str:
        handle = self.cleaned_data["handle"].lstrip("@").lower()
        if "." not in handle or " " in handle:
            raise forms.ValidationError("A Bluesky handle has a dot in it, such as "
                                        "forefieldprimary.bsky.social.")
        return handle


def _instance() -> forms.URLField:
    return forms.URLField(label="The school's Mastodon server", max_length=300,
                          assume_scheme="https",
                          help_text="The address of the server the account is on, such as "
                                    "https://mastodon.social.")


class MastodonOAuthForm(forms.Form):
    """The instance only: the school's account then approves School Social on its own server."""

    instance = _instance()

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("auto_id", "id_oauth_%s")  # the token form beside it has an instance too
        super().__init__(*args, **kwargs)


class MastodonForm(forms.Form):
    """The advanced way: an access token made on the instance and pasted."""

    instance = _instance()
    access_token = _secret("Access token")

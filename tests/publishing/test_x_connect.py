"""Connecting a school's X account: tweepy's three-legged OAuth 1.0a flow against the fake."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import tweepy

from schoolsocial.publishing.backends import Credentials, Payload, XOAuthHandler, XPublisher


def approve(authorize_url: str, fake_x, *, decision: str = "allow") -> dict[str, list[str]]:
    token = parse_qs(urlsplit(authorize_url).query)["oauth_token"][0]
    page = requests.get(authorize_url, timeout=5)
    assert page.status_code == 200 and "Authorize app" in page.text
    answer = requests.post(f"{fake_x.url}/oauth/authorize", data={
        "oauth_token": token, "decision": decision,
        "user_id": fake_x.default_account.user_id}, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    return parse_qs(urlsplit(answer.headers["Location"]).query)


def test_the_three_legged_flow_gives_tokens_that_publish(fake_x):
    handler = XOAuthHandler(fake_x.consumer_key, fake_x.consumer_secret,
                            callback="http://127.0.0.1/x/callback", base_url=fake_x.url)
    authorize_url = handler.get_authorization_url()
    assert authorize_url.startswith(f"{fake_x.url}/oauth/authorize?oauth_token=")
    verifier = approve(authorize_url, fake_x)["oauth_verifier"][0]

    # a later request: a new handler that carries the request token, as a view would
    later = XOAuthHandler(fake_x.consumer_key, fake_x.consumer_secret,
                          callback="http://127.0.0.1/x/callback", base_url=fake_x.url)
    later.request_token = handler.request_token
    token, secret = later.get_access_token(verifier)

    publisher = XPublisher(credentials=Credentials(fake_x.consumer_key, fake_x.consumer_secret,
                                                   token, secret), api_base_url=fake_x.url)
    assert publisher.me().username == "forefieldprimary"
    publisher.publish(Payload("Connected"))
    assert fake_x.timeline()[0].submitted_text == "Connected"


def test_a_wrong_verifier_gets_no_tokens(fake_x):
    handler = XOAuthHandler(fake_x.consumer_key, fake_x.consumer_secret,
                            callback="http://127.0.0.1/x/callback", base_url=fake_x.url)
    approve(handler.get_authorization_url(), fake_x)
    with pytest.raises(tweepy.TweepyException):
        handler.get_access_token("not-the-verifier")


def test_cancelling_sends_denied_to_the_callback(fake_x):
    handler = XOAuthHandler(fake_x.consumer_key, fake_x.consumer_secret,
                            callback="http://127.0.0.1/x/callback", base_url=fake_x.url)
    query = approve(handler.get_authorization_url(), fake_x, decision="deny")
    assert "denied" in query and "oauth_verifier" not in query


def test_a_wrong_consumer_secret_cannot_start_the_flow(fake_x):
    handler = XOAuthHandler(fake_x.consumer_key, "wrong", callback="http://127.0.0.1/cb",
                            base_url=fake_x.url)
    with pytest.raises(tweepy.TweepyException):
        handler.get_authorization_url()

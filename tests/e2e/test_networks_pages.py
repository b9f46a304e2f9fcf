"""The pages that name a post's networks, at 390x844 (a phone) and at desktop size, through
axe-core (the conftest's AxeWatch fails on serious or critical violations and on anything the
Content Security Policy blocks): the post and its Delete, the pupil whose consent was withdrawn,
the outbox with each network's version, the calendar, the queue, the audit log, the termly
report and the trust overview. At 390 px nothing may run off the right edge. Delete is clicked
for real: X is the outbox, Bluesky and Mastodon the fake PDS and instance through the real
SDKs, Mastodon failing once on delete and then tried again."""

from __future__ import annotations

import io

import pytest
from cryptography.fernet import Fernet
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from schoolsocial.accounts.models import Trust
from schoolsocial.posts.models import Photo
from schoolsocial.posts.states import State
from schoolsocial.publishing.backends import Payload, get_publisher
from schoolsocial.publishing.fake_networks import mastodon_error
from schoolsocial.publishing.models import NetworkPublication
from schoolsocial.publishing.networks.accounts import publisher_for_account
from schoolsocial.pupils.models import Consent, ConsentRecord, Pupil
from tests.e2e.conftest import DESKTOP, PHONE, shot, sign_in, sign_out
from tests.e2e.test_phone_layout import OVERFLOW
from tests.factories import make_post

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = ("Year 6 visited the Weald and Downland Living Museum for their Tudors topic: "
        "https://meonvalley.hants.sch.uk/news/2026/tudors-at-the-museum #TudorDay")


@pytest.fixture(autouse=True)
def _keys_and_media(settings, tmp_path) -> None:
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    settings.MEDIA_ROOT = tmp_path


def out_everywhere(school, tom, text: str):
    """A post out on X (the outbox), Bluesky and Mastodon, each sent by its real publisher."""
    on_x = get_publisher(school).publish(Payload(text=text))
    post = make_post(tom, State.PUBLISHED, text=text, tweet_id=on_x.tweet_id,
                     tweet_url=on_x.url, published_at=timezone.now(),
                     networks=["x", "bluesky", "mastodon"])
    for account in school.network_accounts.all():
        with publisher_for_account(account, timeout=2) as publisher:
            published = publisher.publish(Payload(text=text))
            NetworkPublication.objects.create(
                post=post, network=account.network, state="published",
                remote_id=published.tweet_id, url=published.url, published_at=timezone.now(),
                sent=publisher.sent)
    return post


def _fill(school, other_school, helen, tom):
    post = out_everywhere(school, tom, TEXT)
    make_post(tom, State.SCHEDULED, text=f"{TEXT} (scheduled)",
              networks=["x", "bluesky", "mastodon"])
    make_post(tom, State.SUBMITTED, text=f"{TEXT} (waiting)", networks=["x", "bluesky"])
    josh = Pupil.objects.create(school=school, first_name="Josh", last_name="Fernández-Whitmore",
                                group="Oak", year="Year 6")
    ConsentRecord.objects.create(pupil=josh, status=Consent.WITHDRAWN, recorded_by=helen.user,
                                 evidence="E-mail from a parent")
    image = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 140, 200)).save(image, "JPEG")
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="kitchen.jpg",
                                 status="ready", alt_text="The Tudor kitchen", sha256="e" * 64,
                                 width=640, height=480,
                                 image=ContentFile(image.getvalue(), "kitchen.jpg"))
    photo.pupils.add(josh)
    trust = Trust.objects.create(name="Meon Learning Trust")
    trust.executives.add(helen.user)
    trust.schools.add(school, other_school)
    return post, josh


def _fits(page, viewport, what: str) -> None:
    expect(page.locator("main h1").first).to_be_visible()
    if viewport is PHONE:
        overflow = page.evaluate(OVERFLOW)
        assert overflow == [], f"{what} runs off the edge: {overflow}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_pages_naming_networks_fit_the_screen_and_pass_axe(
        open_page, viewport, school, other_school, helen, tom, connected):
    post, josh = _fill(school, other_school, helen, tom)
    size = "phone" if viewport is PHONE else "desktop"
    page = open_page(viewport)
    sign_in(page, "helen")
    today = timezone.localdate(post.scheduled_at).isoformat()
    for path in (f"/posts/{post.pk}/", f"/posts/{post.pk}/delete-from-x/", f"/pupils/{josh.pk}/",
                 "/outbox/", f"/calendar/?week={today}", "/queue/", "/audit/",
                 "/audit/report/", "/accounts/trust/"):
        page.goto(page.base + path)
        _fits(page, viewport, path)
        shot(page, f"{size}-networks-{path.strip('/').split('?')[0].replace('/', '-')}")
    page.goto(page.base + "/outbox/")
    bluesky = page.locator("#version-bluesky").first
    expect(bluesky).to_contain_text("Hashtag #TudorDay")
    expect(page.locator("#version-mastodon").first).to_contain_text("Public")
    sign_out(page)


def test_on_a_phone_delete_names_the_network_that_failed_and_tries_it_again(
        open_page, school, other_school, helen, tom, connected, pds, instance):
    post, josh = _fill(school, other_school, helen, tom)
    page = open_page(PHONE)
    sign_in(page, "helen")
    page.goto(page.base + f"/pupils/{josh.pk}/")
    expect(page.locator(".published-posts")).to_contain_text("On X, Bluesky, Mastodon")
    page.get_by_role("link", name="Delete from X, Bluesky and Mastodon").click()
    expect(page.locator("main h1")).to_have_text("Delete from X, Bluesky and Mastodon?")
    instance.queue(mastodon_error(500, "Internal server error",
                                  match="DELETE /api/v1/statuses/"))
    page.get_by_role("button", name="Delete from X, Bluesky and Mastodon").click()
    expect(page.locator(".messages .error")).to_contain_text("Mastodon did not delete the post")
    assert page.evaluate(OVERFLOW) == []
    shot(page, "phone-delete-mastodon-failed")
    assert pds.posts() == [] and len(instance.statuses()) == 1
    page.get_by_role("link", name="Delete from Mastodon").click()
    page.get_by_role("button", name="Delete from Mastodon").click()
    expect(page.locator("main")).to_contain_text("Deleted from Mastodon.")
    assert instance.statuses() == []
    page.goto(page.base + f"/pupils/{josh.pk}/")
    expect(page.locator(".published-posts")).to_contain_text("Deleted from X, Bluesky, Mastodon")
    assert page.evaluate(OVERFLOW) == []
    shot(page, "phone-pupil-deleted-everywhere")

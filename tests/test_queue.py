from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State
from schoolsocial.pupils.models import Pupil
from tests.factories import make_post


def test_the_queue_lists_submitted_posts_oldest_first(client, tom, alan):
    now = timezone.now()
    newer = make_post(tom, State.SUBMITTED, text="Newer post about the Year 3 choir.")
    older = make_post(tom, State.SUBMITTED, text="Older post about the Year 6 play.")
    older.submitted_at, newer.submitted_at = now - timedelta(hours=2), now - timedelta(hours=1)
    older.save(update_fields=("submitted_at",))
    newer.save(update_fields=("submitted_at",))
    make_post(tom, State.DRAFT, text="A draft nobody should see here.")
    client.force_login(alan.user)
    body = client.get(reverse("queue")).content.decode()
    assert body.index("Older post") < body.index("Newer post")
    assert "A draft nobody" not in body
    assert "Awaiting approval (2)" in body


def test_the_queue_pages_by_keyset(client, tom, alan):
    base = timezone.now() - timedelta(days=1)
    for n in range(30):
        post = make_post(tom, State.SUBMITTED, text=f"Queued post number {n:02d}.")
        post.submitted_at = base + timedelta(minutes=n)
        post.save(update_fields=("submitted_at",))
    client.force_login(alan.user)
    first = client.get(reverse("queue"))
    assert "Queued post number 24" in first.content.decode()  # 25 to a page
    assert "Queued post number 25" not in first.content.decode()
    second = client.get(reverse("queue"), {"after": first.context["next_cursor"]})
    body = second.content.decode()
    assert "Queued post number 25" in body and "Queued post number 29" in body
    assert "Queued post number 24" not in body


def test_the_queue_runs_the_same_number_of_queries_however_long_it_is(
    client, tom, alan, django_assert_num_queries
):
    make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    client.get(reverse("queue"))  # warm the session
    # session, user, two-factor device (django-otp), memberships, the page's posts, their photos
    # (one prefetch for the cards' thumbnails) and its count; with Redis (the production
    # profile) the session comes from the cache
    cached_session = settings.SESSION_ENGINE.endswith("cached_db")
    with django_assert_num_queries(6 if cached_session else 7) as few:
        client.get(reverse("queue"))
    for _ in range(30):
        make_post(tom, State.SUBMITTED)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("queue"))


def test_the_queue_orders_by_due_time_soonest_first_and_pages_so(client, tom, alan):
    from tests.factories import next_school_day

    base = next_school_day(hour=9)
    for n in range(28):  # submitted in one order, due in the other
        post = make_post(tom, State.SUBMITTED, text=f"Due post number {n:02d}.",
                         scheduled_at=base + timedelta(minutes=10 * (27 - n)))
        post.submitted_at = timezone.now() - timedelta(minutes=60 - n)
        post.save(update_fields=("submitted_at",))
    client.force_login(alan.user)
    first = client.get(reverse("queue"), {"order": "due"})
    body = first.content.decode()
    assert body.index("Due post number 27") < body.index("Due post number 26")
    assert "Due post number 02" not in body  # the three due last are on the next page
    second = client.get(reverse("queue"), {"order": "due", "after": first.context["next_cursor"]})
    rest = second.content.decode()
    assert [n for n in range(28) if f"Due post number {n:02d}" in rest] == [0, 1, 2]
    by_submission = client.get(reverse("queue")).content.decode()
    assert by_submission.index("Due post number 00") < by_submission.index("Due post number 01")
    assert 'href="?order=due"' in by_submission


def test_home_counts_what_the_queue_offers_this_person(client, school, tom, alan, helen):
    from tests.clients import Client

    """Droxford lets the headteacher approve her own posts; nobody else approves their own."""
    make_post(tom, State.SUBMITTED, text="A post about the Year 3 choir.")
    make_post(helen, State.SUBMITTED, text="The weekly newsletter from the headteacher.")
    make_post(alan, State.SUBMITTED, text="A post about the library.")
    head = Client()
    head.force_login(helen.user)
    body = head.get(reverse("dashboard")).content.decode()
    assert "Waiting for your approval: 3" in body
    assert "The weekly newsletter" in body
    client.force_login(alan.user)
    body = client.get(reverse("dashboard")).content.decode()
    assert "Waiting for your approval: 2" in body
    assert "The queue holds 3 in all: 1 of them needs another approver." in body


def test_photos_and_their_tagged_pupils_cost_one_query_more_however_many_posts_have_them(
    client, school, tom, alan, django_assert_num_queries
):
    def with_photo(name: str) -> Post:
        post = make_post(tom, State.SUBMITTED)
        pupil = Pupil.objects.create(school=school, first_name=name, last_name="Okafor")
        photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename=f"{name}.jpg",
                                     status="ready", alt_text=f"{name} at sports day",
                                     sha256=name[0] * 64)
        photo.pupils.add(pupil)
        return post

    make_post(tom, State.SUBMITTED)
    client.force_login(alan.user)
    client.get(reverse("queue"))  # warm the session
    with CaptureQueriesContext(connection) as without:
        client.get(reverse("queue"))
    with_photo("Zara")
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("queue"))
    assert len(one) == len(without) + 1  # the pupils tagged in the photos, with consent
    with_photo("Kwame")
    with_photo("Ifeoma")
    with django_assert_num_queries(len(one)):
        page = client.get(reverse("queue")).content.decode()
    cards = page.split('<article class="card">')[1:]
    for name in ("Zara", "Kwame", "Ifeoma"):  # each photo on its own post's card only
        assert sum(f"{name} at sports day" in card for card in cards) == 1

from django.urls import reverse
from django.utils import timezone

from schoolsocial.governance.models import Concern
from tests.factories import make_post


def _concern(school, post, raiser, text) -> Concern:
    return Concern.objects.create(school=school, post=post, raised_by=raiser, text=text,
                                  created_at=timezone.now())


def test_the_headteacher_sees_every_open_concern_on_the_page_and_the_dashboard(
        client, school, tom, helen, greta):
    _concern(school, make_post(tom), greta.user, "Is this child named?")
    client.force_login(helen.user)
    assert "Is this child named?" in client.get(reverse("concerns")).content.decode()
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "Open concerns: 1" in dashboard and "Is this child named?" in dashboard


def test_a_resolved_concern_leaves_the_dashboard(client, school, tom, helen, greta):
    concern = _concern(school, make_post(tom), greta.user, "Is this child named?")
    Concern.objects.filter(pk=concern.pk).update(resolved_at=timezone.now(),
                                                 resolved_by=helen.user, resolution="No.")
    client.force_login(helen.user)
    assert "Open concerns" not in client.get(reverse("dashboard")).content.decode()


def test_an_author_sees_only_the_concerns_they_raised(client, school, tom, alan, greta):
    post = make_post(tom)
    _concern(school, post, greta.user, "Greta's worry")
    _concern(school, post, tom.user, "Tom's worry")
    client.force_login(tom.user)
    body = client.get(reverse("concerns")).content.decode()
    assert "Tom&#x27;s worry" in body and "Greta&#x27;s worry" not in body


def test_another_schools_concerns_are_not_shown(client, school, other_school, oscar, helen):
    from tests.factories import make_post as post_for

    _concern(other_school, post_for(oscar), oscar.user, "Their worry")
    client.force_login(helen.user)
    assert "Their worry" not in client.get(reverse("concerns")).content.decode()

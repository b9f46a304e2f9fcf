from django.urls import reverse


def test_a_signed_out_visitor_is_sent_to_sign_in(client, db):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_wrong_password_is_explained_and_nothing_opens(client, tom):
    response = client.post(reverse("login"), {"username": "tom", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert client.get(reverse("dashboard")).status_code == 302


def test_sign_in_and_out(client, tom):
    response = client.post(reverse("login"), {"username": "tom", "password": "pw-for-tests-only"})
    assert response["Location"] == reverse("dashboard")
    assert "Your drafts" in client.get(reverse("dashboard")).content.decode()
    client.post(reverse("logout"))
    assert client.get(reverse("dashboard")).status_code == 302


def test_a_user_with_no_school_is_told_so(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="pw-for-tests-only")
    client.force_login(user)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 403
    assert "no role in any school" in response.content.decode()

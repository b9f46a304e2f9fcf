"""The posts' side of "may this user do this to that": a photo is reached through its post.
The rules themselves are accounts/access.py's."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from schoolsocial.accounts.access import access_post
from schoolsocial.posts.models import Photo


def access_photo(request: HttpRequest, photo_id: int, action: str = "view"):
    """(post, photo), if the user may `action` the photo's post (see access_post)."""
    photo = Photo.objects.filter(pk=photo_id).first()
    if photo is None:
        raise Http404("No such photo.")
    return access_post(request, photo.post_id, action)[1], photo

"""Posts and their photos fetched by the rules of accounts/access.py: a photo is reached through
its post. What a member may do with a post in its state: permissions.PostPermissions."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from schoolsocial.accounts import access
from schoolsocial.posts.models import Photo, Post


def access_photo(request: HttpRequest, photo_id: int, action: str = "view"):
    """(post, photo), if the user may `action` the photo's post (see access_post)."""
    photo = Photo.objects.filter(pk=photo_id).first()
    if photo is None:
        raise Http404("No such photo.")
    return access_post(request, photo.post_id, action)[1], photo


def access_post(request: HttpRequest, post_id: int, action: str = "view"):
    """(membership, post), if the user may `action` the post: 404 if they may not even see it,
    else 403. What they may do with it in its state: posts/permissions.PostPermissions."""
    member = access.require(request, "view_dashboard")
    post = Post.objects.select_related("author", "school").filter(pk=post_id).first()
    if post is None or not access.may_view_post(member, post):
        raise Http404("No such post.")
    if not access.POST_ACTIONS[action](member, post):
        raise PermissionDenied(access.DENIED[action])
    return member, post

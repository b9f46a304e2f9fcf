"""The header's links: each page's own address, marked when it is the page shown, and behind a
script prefix (a sub-path deployment) the prefixed address, however often the header was drawn."""

from django.urls import clear_script_prefix, reverse, set_script_prefix

from schoolsocial.posts.templatetags.posts_extras import nav_link


class Shown:
    def __init__(self, url_name):
        self.resolver_match = type("Match", (), {"url_name": url_name})()


def test_a_link_is_its_pages_address_and_marked_only_on_that_page(db):
    queue = nav_link({"request": Shown("queue")}, "queue", "Approvals")
    assert queue == f'<a href="{reverse("queue")}" aria-current="page">Approvals</a>'
    posts = nav_link({"request": Shown("queue")}, "post_list", "Posts")
    assert posts == f'<a href="{reverse("post_list")}">Posts</a>'


def test_behind_a_script_prefix_the_link_is_prefixed_and_not_once_it_is_gone(db):
    plain = nav_link({"request": Shown("dashboard")}, "queue", "Approvals")
    set_script_prefix("/school/")
    try:
        prefixed = nav_link({"request": Shown("dashboard")}, "queue", "Approvals")
    finally:
        clear_script_prefix()
    assert prefixed == plain.replace('href="/', 'href="/school/')
    assert nav_link({"request": Shown("dashboard")}, "queue", "Approvals") == plain

from django.urls import path

from schoolsocial.posts import views
from schoolsocial.posts.models import Decision

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("posts/", views.post_list, name="post_list"),
    path("posts/new/", views.compose, name="compose"),
    path("posts/check/", views.live_check, name="live_check"),
    path("posts/<int:post_id>/", views.detail, name="post_detail"),
    path("posts/<int:post_id>/edit/", views.edit, name="post_edit"),
    path("posts/<int:post_id>/submit/", views.submit, name="post_submit"),
    path("posts/<int:post_id>/withdraw/", views.withdraw, name="post_withdraw"),
    path("posts/<int:post_id>/approve/", views.decide, {"decision": Decision.APPROVE},
         name="post_approve"),
    path("posts/<int:post_id>/reject/", views.decide, {"decision": Decision.REJECT},
         name="post_reject"),
    path("posts/<int:post_id>/request-changes/", views.decide, {"decision": Decision.CHANGES},
         name="post_request_changes"),
    path("posts/<int:post_id>/delete-from-x/", views.delete_from_x, name="post_delete_from_x"),
    path("posts/<int:post_id>/photos/", views.photo_upload, name="photo_upload"),
    path("posts/<int:post_id>/photos/status/", views.photo_status, name="photo_status"),
    path("photos/<int:photo_id>/", views.photo_tag, name="photo_tag"),
    path("photos/<int:photo_id>/remove/", views.photo_remove, name="photo_remove"),
    path("photos/<int:photo_id>/image/", views.photo_image, name="photo_image"),
    path("queue/", views.queue, name="queue"),
    path("calendar/", views.calendar, name="calendar"),
]

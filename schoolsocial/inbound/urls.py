from django.urls import path

from schoolsocial.inbound import views

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/<int:mention_id>/seen/", views.mention_seen, name="mention_seen"),
    path("inbox/<int:mention_id>/hide/", views.mention_hide, name="mention_hide"),
    path("inbox/<int:mention_id>/concern/", views.mention_concern, name="mention_concern"),
    path("inbox/<int:mention_id>/open/", views.mention_open, name="mention_open"),
    path("followers/", views.followers, name="followers"),
    path("followers/<int:follower_id>/verdict/", views.follower_verdict,
         name="follower_verdict"),
    path("followers/finish/", views.followers_finish, name="followers_finish"),
    path("follows/on-x/<int:followed_id>/approve/", views.followed_approve,
         name="followed_approve"),
    path("follows/on-x/<int:followed_id>/undo/", views.followed_undo, name="followed_undo"),
]

from django.urls import path

from schoolsocial.governance import views

urlpatterns = [
    path("concerns/", views.concerns, name="concerns"),
    path("posts/<int:post_id>/concern/", views.concern_raise, name="concern_raise"),
    path("concerns/<int:concern_id>/resolve/", views.concern_resolve, name="concern_resolve"),
    path("follows/", views.follows, name="follows"),
    path("follows/<int:follow_id>/approve/", views.follow_decide, {"approve": True},
         name="follow_approve"),
    path("follows/<int:follow_id>/decline/", views.follow_decide, {"approve": False},
         name="follow_decline"),
    path("duties/", views.duty_list, name="duties"),
    path("duties/done/", views.duty_done, name="duty_done"),
    path("emails/<int:email_id>/retry/", views.email_retry, name="email_retry"),
]

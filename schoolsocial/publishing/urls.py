from django.urls import path

from schoolsocial.publishing import network_views, views

urlpatterns = [
    path("outbox/", views.outbox, name="outbox"),
    path("outbox/status/<int:tweet_id>/", views.outbox_status, name="outbox_status"),
    path("publishing/", views.publishing, name="publishing"),
    path("publishing/pause/", views.pause_queue, name="queue_pause"),
    path("publishing/resume/", views.resume_queue, name="queue_resume"),
    path("publishing/credit-added/", views.resume_after_credit, name="resume_after_credit"),
    path("publishing/x/", views.x_account, name="x_account"),
    path("publishing/x/connect/", views.x_connect, name="x_connect"),
    path("publishing/x/callback/", views.x_callback, name="x_callback"),
    path("publishing/x/keys/", views.x_keys, name="x_keys"),
    path("publishing/x/disconnect/", views.x_disconnect, name="x_disconnect"),
    path("publishing/networks/", network_views.networks, name="networks"),
    path("publishing/networks/bluesky/", network_views.connect_bluesky, name="bluesky_connect"),
    path("publishing/networks/mastodon/", network_views.connect_mastodon,
         name="mastodon_connect"),
    path("publishing/networks/bluesky/disconnect/", network_views.disconnect,
         {"network": "bluesky"}, name="bluesky_disconnect"),
    path("publishing/networks/mastodon/disconnect/", network_views.disconnect,
         {"network": "mastodon"}, name="mastodon_disconnect"),
    path("posts/<int:post_id>/retry/", views.retry, name="post_retry"),
    path("posts/<int:post_id>/approve-again/", views.send_for_approval,
         name="post_send_for_approval"),
    path("posts/<int:post_id>/dismiss/", views.dismiss, name="post_dismiss"),
    path("posts/<int:post_id>/reconcile/", views.reconcile, name="post_reconcile"),
    path("posts/<int:post_id>/publish-now/", views.publish_now, name="post_publish_now"),
]

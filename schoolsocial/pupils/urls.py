from django.urls import path

from schoolsocial.pupils import views

urlpatterns = [
    path("pupils/", views.register, name="pupil_register"),
    path("pupils/<int:pupil_id>/", views.pupil_detail, name="pupil_detail"),
    path("pupils/import/", views.import_upload, name="import_upload"),
    path("pupils/import/<int:job_id>/", views.import_preview, name="import_preview"),
    path("pupils/import/<int:job_id>/progress/", views.import_progress, name="import_progress"),
    path("pupils/import/<int:job_id>/retry/", views.import_retry, name="import_retry"),
    path("posts/<int:post_id>/photos/", views.photo_upload, name="photo_upload"),
    path("posts/<int:post_id>/photos/status/", views.photo_status, name="photo_status"),
    path("photos/<int:photo_id>/", views.photo_tag, name="photo_tag"),
    path("photos/<int:photo_id>/remove/", views.photo_remove, name="photo_remove"),
    path("photos/<int:photo_id>/image/", views.photo_image, name="photo_image"),
]

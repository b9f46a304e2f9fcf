from django.urls import path

from schoolsocial.pupils import views

urlpatterns = [
    path("pupils/", views.register, name="pupil_register"),
    path("pupils/<int:pupil_id>/", views.pupil_detail, name="pupil_detail"),
    path("pupils/import/", views.import_upload, name="import_upload"),
    path("pupils/import/<int:job_id>/", views.import_preview, name="import_preview"),
    path("pupils/import/<int:job_id>/progress/", views.import_progress, name="import_progress"),
    path("pupils/import/<int:job_id>/retry/", views.import_retry, name="import_retry"),
]

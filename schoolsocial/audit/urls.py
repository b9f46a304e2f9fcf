from django.urls import path

from schoolsocial.audit import views

urlpatterns = [
    path("", views.audit_log, name="audit_log"),
    path("<int:event_id>/", views.audit_event, name="audit_event"),
    path("export/", views.audit_export, name="audit_export"),
    path("verify/", views.audit_verify, name="audit_verify"),
    path("report/", views.audit_report, name="audit_report"),
]

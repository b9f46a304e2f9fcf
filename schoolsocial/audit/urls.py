from django.urls import path

from schoolsocial.audit import views

urlpatterns = [
    path("", views.audit_log, name="audit_log"),
]

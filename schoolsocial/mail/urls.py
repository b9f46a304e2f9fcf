from django.urls import path

from schoolsocial.mail import views

urlpatterns = [
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/on/", views.push_on, name="push_on"),
    path("notifications/off/", views.push_off, name="push_off"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("sw.js", views.service_worker, name="service_worker"),
]

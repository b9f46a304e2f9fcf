from django.urls import path

from schoolsocial.series import views

urlpatterns = [
    path("series/", views.series_list, name="series_list"),
    path("series/new/", views.series_create, name="series_create"),
    path("series/<int:series_id>/pause/", views.series_pause, name="series_pause"),
    path("series/terms/", views.term_dates, name="term_dates"),
    path("series/terms/<int:term_id>/remove/", views.term_remove, name="term_remove"),
]

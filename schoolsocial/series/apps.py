from django.apps import AppConfig


class SeriesConfig(AppConfig):
    name = "schoolsocial.series"
    label = "series"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Recurring posts"

from django.apps import AppConfig


class PupilsConfig(AppConfig):
    name = "schoolsocial.pupils"
    label = "pupils"
    default_auto_field = "django.db.models.BigAutoField"

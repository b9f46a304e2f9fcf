from django.apps import AppConfig


class InboundConfig(AppConfig):
    name = "schoolsocial.inbound"
    label = "inbound"
    default_auto_field = "django.db.models.BigAutoField"

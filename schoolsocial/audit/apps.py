from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "schoolsocial.audit"
    label = "audit"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from schoolsocial.audit import signals  # noqa: F401 - connects the auth receivers

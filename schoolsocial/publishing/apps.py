import logging

from django.apps import AppConfig

# These log OAuth tokens and secrets at DEBUG ("Obtained token {...}", signed headers); the
# school's X keys must never reach a log, whatever LOG_LEVEL says.
SECRET_LOGGERS = ("requests_oauthlib", "oauthlib")


class PublishingConfig(AppConfig):
    name = "schoolsocial.publishing"
    label = "publishing"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        for name in SECRET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
        from django_q.signals import post_spawn

        from schoolsocial.publishing.tasks import start_dispatch_if_idle
        from schoolsocial.publishing.watchdog import start_watchdog

        # a worker that (re)starts starts a dispatcher if none is alive (tasks.py, recovery),
        # and watches the task queue for a lock a killed worker took with it (watchdog.py)
        post_spawn.connect(start_dispatch_if_idle, dispatch_uid="publishing-dispatch-on-spawn")
        post_spawn.connect(start_watchdog, dispatch_uid="publishing-task-queue-watchdog")

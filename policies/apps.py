from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    """Only so that Django finds the policy_check command; the engine never imports Django."""

    name = "policies"

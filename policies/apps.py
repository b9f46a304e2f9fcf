from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    """Only so that Django finds the policy_check command; the engine never imports Django."""

    name = "policies"

    def ready(self) -> None:
        # A malformed gazetteer or name list stops start-up, naming the file and the line.
        from policies.lexicon import load_all

        load_all()

"""The headteacher's adjustments to the school's rules, within what each rule allows.

The form is built from policies.describe() of the school's preset; what is saved is only the
difference from the preset, checked by policies.load_policy() so the engine and the page agree.
"""

from __future__ import annotations

from datetime import time

from django import forms

import policies
from policies import PolicyError
from schoolsocial.accounts.models import School

DAYS = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
        "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
SEVERITY = {"block": "Must fix (blocks approval)", "warn": "Check (needs a written reason)",
            "allow": "Allow"}
CHOICE_LABELS = {**SEVERITY, **policies.REPLY_SETTINGS}


def _field(spec: dict, value) -> forms.Field:
    kind, label = spec["kind"], spec["label"]
    if kind == "bool":
        return forms.BooleanField(label=label, required=False, initial=value)
    if kind == "int":
        return forms.IntegerField(label=label, min_value=spec.get("min"),
                                  max_value=spec.get("max"), initial=value)
    if kind == "time":
        return forms.TimeField(label=label, initial=value,
                               widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    if kind in ("days", "subset"):
        labels = DAYS if kind == "days" else {}
        return forms.MultipleChoiceField(
            label=label, required=False, initial=value, widget=forms.CheckboxSelectMultiple,
            choices=[(c, labels.get(c, c.replace("_", " ").capitalize())) for c in spec["choices"]])
    if kind == "choice":
        return forms.ChoiceField(label=label, initial=value,
                                 choices=[(c, CHOICE_LABELS.get(c, c)) for c in spec["choices"]])
    if kind == "words":
        return forms.CharField(label=label, required=False, initial=", ".join(value),
                               help_text="Separate words with commas.")
    raise ValueError(f"no form field for parameter kind {kind!r}")


def _python(kind: str, value):
    if kind == "time":
        return value.strftime("%H:%M") if isinstance(value, time) else value
    if kind == "words":
        return [w.strip() for w in (value or "").split(",") if w.strip()]
    return value


def value_in_words(spec: dict, value) -> str:
    """One adjustable value as the page and the audit log say it."""
    kind = spec["kind"]
    if kind == "bool":
        return "Yes" if value else "No"
    if kind in ("days", "subset"):
        labels = DAYS if kind == "days" else {}
        return ", ".join(labels.get(v, str(v).replace("_", " ").capitalize()) for v in value) \
            or "None"
    if kind == "choice":
        return SEVERITY.get(value, str(value))
    if kind == "words":
        return ", ".join(value) or "None"
    return str(value)


def rule_in_words(rule: dict) -> list[tuple[str, str]]:
    """(label, value) for what is in force for one rule of policies.describe()."""
    if not rule["enabled"]:
        return [("Checked", "No (off)")]
    rows = [("When it finds something", SEVERITY.get(rule["severity"], rule["severity"]))]
    rows += [(spec["label"], value_in_words(spec, rule["params"][param]))
             for param, spec in rule["adjustable"].items()]
    return rows


def changes_in_words(before: policies.Policy, after: policies.Policy) -> dict[str, list[str]]:
    """{"Rule: setting": [before, after]} for every setting that differs, in words."""
    old = {r["rule"]: r for r in policies.describe(before)}
    changes = {}
    for rule in policies.describe(after):
        was = old.get(rule["rule"])
        if was is None:
            continue
        if was["enabled"] != rule["enabled"]:
            changes[f"{rule['title']}: checked"] = ["Yes" if was["enabled"] else "No",
                                                    "Yes" if rule["enabled"] else "No"]
        if was["severity"] != rule["severity"]:
            changes[f"{rule['title']}: when it finds something"] = [
                SEVERITY.get(was["severity"], was["severity"]),
                SEVERITY.get(rule["severity"], rule["severity"])]
        for param, spec in rule["adjustable"].items():
            if was["params"].get(param) != rule["params"][param]:
                changes[f"{rule['title']}: {spec['label']}"] = [
                    value_in_words(spec, was["params"].get(param)),
                    value_in_words(spec, rule["params"][param])]
    return changes


class RulesForm(forms.Form):
    def __init__(self, *args, school: School, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.preset = policies.load_policy(school.policy_preset)
        self.base = {r["rule"]: r for r in policies.describe(self.preset)}
        self.adjustments: dict[str, dict] = {}  # set by clean(): what the view saves
        current = {r["rule"]: r for r in policies.describe(school.policy())}
        self.rules = []
        for rule in self.base.values():
            now = current[rule["rule"]]
            names = []
            if rule["may_disable"]:
                self.fields[f"{rule['rule']}__enabled"] = forms.BooleanField(
                    label="Check this", required=False, initial=now["enabled"])
                names.append(f"{rule['rule']}__enabled")
            if len(rule["severities"]) > 1:
                self.fields[f"{rule['rule']}__severity"] = forms.ChoiceField(
                    label="When it finds something",
                    choices=[(s, SEVERITY[s]) for s in rule["severities"]],
                    initial=now["severity"])
                names.append(f"{rule['rule']}__severity")
            for param, spec in rule["adjustable"].items():
                name = f"{rule['rule']}__{param}"
                self.fields[name] = _field(spec, now["params"][param])
                names.append(name)
            self.rules.append({**now, "field_names": names, "in_force": rule_in_words(now)})

    def bound_rules(self):
        for rule in self.rules:
            yield {**rule, "fields": [self[name] for name in rule["field_names"]]}

    def _overrides(self) -> dict:
        """The differences from the preset, as load_policy takes them."""
        result: dict[str, dict] = {}
        for name, value in self.cleaned_data.items():
            rule_id, key = name.split("__", 1)
            rule = self.base[rule_id]
            if key in ("enabled", "severity"):
                default = rule[key]
            else:
                value = _python(rule["adjustable"][key]["kind"], value)
                default = rule["params"][key]
            if value != default:
                result.setdefault(rule_id, {})[key] = value
        return result

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors:
            self.adjustments = self._overrides()
            try:
                policies.load_policy(self.school.policy_preset, self.adjustments)
            except PolicyError as error:
                raise forms.ValidationError(str(error)) from None
        return data

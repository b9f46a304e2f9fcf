from __future__ import annotations

import re
from datetime import datetime

from dateutil.rrule import rrule, rrulestr
from django import forms
from django.utils import timezone

from policies import weighted_length
from schoolsocial.dates import check_date_in_range
from schoolsocial.posts.forms import X_LIMIT
from schoolsocial.series.models import RuleError, Series, TermDates, parse_rule

LONGEST_DATE = "Wednesday 30 September"
SEARCH_YEARS = 5  # a rule with no date this soon is refused before the unbounded search


def check_occurs(rule: str, start: datetime) -> None:
    """Refuse quickly a rule that never happens (30 February every day): the search for its first
    date is bounded to SEARCH_YEARS, where the unbounded one runs to the year 9999."""
    try:
        parsed = rrulestr(f"RRULE:{rule}", dtstart=start)
        if not isinstance(parsed, rrule):
            return  # parse_rule() says what is wrong with it
        until = start.replace(year=start.year + SEARCH_YEARS, day=min(start.day, 28))
        first = parsed.replace(count=None, until=until).after(start, inc=True)
    except (ValueError, TypeError, KeyError, IndexError):
        return  # parse_rule() says what is wrong with it
    if first is None:
        raise RuleError(f"This rule does not happen in the {SEARCH_YEARS} years from the first "
                        "date (check the days and months it names: 30 February, 31 April and "
                        "the like never come).")


WEEKDAYS = [("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"),
            ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday")]
REPEATS = [("weekly", "Every week"), ("fortnightly", "Every other week"),
           ("monthly", "Once a month"), ("", "By the rule below (advanced)")]
NTH = [("1", "first"), ("2", "second"), ("3", "third"), ("4", "fourth"), ("-1", "last")]


def rule_from_words(repeat: str, weekday: str, nth: str, ends_on) -> str:
    """Every Friday -> FREQ=WEEKLY;BYDAY=FR; every other Monday -> ...;INTERVAL=2;...; the first
    Wednesday of the month -> FREQ=MONTHLY;BYDAY=1WE; an end date -> UNTIL (the day's end)."""
    rule = {"weekly": f"FREQ=WEEKLY;BYDAY={weekday}",
            "fortnightly": f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}",
            "monthly": f"FREQ=MONTHLY;BYDAY={nth}{weekday}"}[repeat]
    return rule + (f";UNTIL={ends_on:%Y%m%d}T235959" if ends_on else "")


WORDS_RULE = re.compile(r"FREQ=(?P<freq>WEEKLY|MONTHLY)(?P<other>;INTERVAL=2)?"
                        r";BYDAY=(?P<nth>-1|[1-4])?(?P<day>MO|TU|WE|TH|FR|SA|SU)"
                        r"(?:;UNTIL=(?P<until>\d{8})T235959)?")


def rule_in_words(rule: str) -> str:
    """rule_from_words() read back: FREQ=MONTHLY;BYDAY=1WE -> "The first Wednesday of the
    month". "" for a rule it does not make (an advanced one, shown as it is written)."""
    found = WORDS_RULE.fullmatch(rule)
    if not found or (found["freq"] == "MONTHLY") != bool(found["nth"]) or (
            found["other"] and found["freq"] == "MONTHLY"):
        return ""
    day = dict(WEEKDAYS)[found["day"]]
    if found["freq"] == "MONTHLY":
        words = f"The {dict(NTH)[found['nth']]} {day} of the month"
    else:
        words = f"Every other {day}" if found["other"] else f"Every {day}"
    if found["until"]:
        last = datetime.strptime(found["until"], "%Y%m%d")
        words += f", until {last.day} {last:%B %Y}"
    return words


class SeriesForm(forms.ModelForm):
    repeat = forms.ChoiceField(label="How often", choices=REPEATS, required=False,
                               initial="weekly")
    weekday = forms.ChoiceField(label="On", choices=WEEKDAYS, initial="FR", required=False)
    nth = forms.ChoiceField(label="Which one in the month (once a month)", choices=NTH,
                            initial="1", required=False)
    ends_on = forms.DateField(label="Last date (optional)", required=False,
                              widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    field_order = ("title", "text", "category", "repeat", "weekday", "nth", "starts_on",
                   "ends_on", "time", "rule")

    class Meta:
        model = Series
        fields = ("title", "text", "category", "rule", "starts_on", "time")
        widgets = {
            "text": forms.Textarea(attrs={"rows": 4}),
            "rule": forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "off",
                                           "placeholder": "FREQ=WEEKLY;BYDAY=FR"}),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        labels = {"rule": "Rule (advanced: RRULE)"}
        help_texts = {
            "rule": "Only with 'By the rule below'. How often, as in a calendar: "
                    "FREQ=WEEKLY;BYDAY=FR is every Friday, "
                    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO every other Monday, "
                    "FREQ=MONTHLY;BYDAY=1WE the first Wednesday of the month.",
            "time": "The same clock time all year, summer and winter.",
        }

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        self.school = school
        self.fields["starts_on"].validators.append(check_date_in_range)
        self.fields["rule"].required = False  # made from the words unless "By the rule below"

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError("Write the post.")
        length = weighted_length(text.replace("{date}", LONGEST_DATE))
        if length > X_LIMIT:
            raise forms.ValidationError(
                f"With the longest date this is {length - X_LIMIT} characters too long for X "
                f"({length} of {X_LIMIT}).")
        return text

    def clean_rule(self) -> str:
        rule = self.cleaned_data["rule"].strip().removeprefix("RRULE:").strip()
        if self.data.get(self.add_prefix("repeat")):
            return rule  # the words decide (clean())
        try:
            check_occurs(rule, datetime(2000, 1, 3, 12, 0))
            parse_rule(rule, datetime(2000, 1, 3, 12, 0))
        except RuleError as error:
            raise forms.ValidationError(str(error)) from None
        return rule

    def clean(self) -> dict:
        data = super().clean()
        if data.get("repeat"):
            data["rule"] = rule_from_words(data["repeat"], data.get("weekday") or "FR",
                                           data.get("nth") or "1", data.get("ends_on"))
            self.instance.rule = data["rule"]
        elif not data.get("rule") and "rule" not in self.errors:
            self.add_error("rule", "Choose how often above, or write a rule here.")
        rule, starts_on, time = data.get("rule"), data.get("starts_on"), data.get("time")
        if rule and starts_on and time:
            try:
                check_occurs(rule, datetime.combine(starts_on, time))
                parse_rule(rule, datetime.combine(starts_on, time))
            except RuleError as error:
                self.add_error("rule", str(error))
        if starts_on and starts_on < timezone.localdate(timezone=self.school.tz):
            self.add_error("starts_on", "Choose today or a later date.")
        return data


class TermDatesForm(forms.ModelForm):
    class Meta:
        model = TermDates
        fields = ("name", "starts_on", "ends_on")
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_on", "ends_on"):
            self.fields[name].validators.append(check_date_in_range)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", "The last day must be on or after the first day.")
        return data

"""posting_hours: the window in the school's timezone, exceptions only with a reason."""

from __future__ import annotations

from collections.abc import Iterator

from policies.policy import DAYS, RuleConfig
from policies.report import BLOCK, Finding
from policies.rules.context import Context, finding
from policies.timeutil import ClockChangeError, bank_holidays, in_window, next_allowed_time, zone

_DAY_NAMES = dict(
    zip(
        DAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
_EXCEPTION_NAMES = {"event": "school event", "urgent": "urgent news"}


def describe_window(params: dict) -> str:
    days = params["days"]
    if days == DAYS[:5]:
        named = "Monday to Friday"
    else:
        named = ", ".join(_DAY_NAMES[d] for d in days)
    holidays = ", not on bank holidays" if params["exclude_bank_holidays"] else ""
    return f"{named}, {params['start']} to {params['end']}{holidays}"


def _stamp(moment) -> str:
    return f"{moment:%H:%M on %A} {moment.day} {moment:%B %Y}"


def check_posting_hours(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    params = config.params
    draft = ctx.draft
    if draft.when is None:
        return  # no time chosen yet (a draft): judged once one is; the page says so
    try:
        when = ctx.when
    except ClockChangeError as error:
        yield finding("posting_hours", config, BLOCK, str(error))
        return
    if in_window(when, params, draft.timezone):
        return
    exception = draft.exception
    if exception:
        allowed = params["exceptions"]
        name = _EXCEPTION_NAMES.get(exception, exception)
        if exception not in allowed:
            yield finding(
                "posting_hours",
                config,
                config.severity,
                f"This policy does not allow posting outside its hours for {name}.",
            )
        elif len(draft.exception_reason.strip()) < params["min_reason_length"]:
            yield finding(
                "posting_hours",
                config,
                config.severity,
                f"Say why this {name} post must go out outside the posting hours: "
                f"the reason needs at least {params['min_reason_length']} characters.",
            )
        return
    local = when.astimezone(zone(draft.timezone))
    holiday = (
        " is a bank holiday"
        if (params["exclude_bank_holidays"] and local.date() in bank_holidays(local.year))
        else " is outside the posting hours"
    )
    suggestion = _stamp(next_allowed_time(when, ctx.policy, draft.timezone))
    offered = " or ".join(_EXCEPTION_NAMES[e] for e in params["exceptions"])
    exceptions = f", or mark it as {offered} with a reason" if offered else ""
    yield finding(
        "posting_hours",
        config,
        config.severity,
        f"{_stamp(local)}{holiday} ({describe_window(params)}). Schedule it for "
        f"{suggestion}{exceptions}.",
    )

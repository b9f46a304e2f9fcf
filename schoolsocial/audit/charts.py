"""Small charts drawn on the server as inline SVG: no JavaScript, and they print."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

COLOURS = ("#1f4e8c", "#1b6b3a", "#a1261b", "#7a4b00", "#5b3f8c")  # AA contrast on white
BRAND, OK, BLOCK, WARN = COLOURS[:4]  # as app.css: --brand, --ok, --block, --warn
_ids = count(1)


@dataclass(frozen=True)
class Series:
    name: str
    values: list[int]
    colour: str = ""  # else the next of COLOURS

    def fill(self, k: int) -> str:
        return self.colour or COLOURS[k % len(COLOURS)]


def columns(title: str, labels: list[str], series: list[Series], *, height: int = 220
            ) -> SafeString:
    """Stacked columns, one per label (e.g. a week), with a legend when there are several series."""
    n = max(len(labels), 1)
    width, left, bottom, top = max(320, 34 * n + 50), 40, 48, 12
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    peak = max([*totals, 1])
    plot_h = height - bottom - top
    step = (width - left - 10) / n
    bar = max(step * 0.7, 2)
    uid = next(_ids)
    parts = [_open(uid, title, width, height + (18 * len(series) if len(series) > 1 else 0)),
             _axis(left, top, plot_h, width, peak)]
    for i, label in enumerate(labels):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        for k, s in enumerate(series):
            h = s.values[i] / peak * plot_h
            if h:
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                             f'fill="{s.fill(k)}"><title>{escape(label)}: '
                             f'{escape(s.name)} {s.values[i]}</title></rect>')
        if totals[i]:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                         f'font-size="10">{totals[i]}</text>')
        if n <= 20 or i % 2 == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 14}" font-size="10" '
                         f'text-anchor="end" transform="rotate(-40 {x + bar / 2:.1f} '
                         f'{top + plot_h + 14})">{escape(label)}</text>')
    if len(series) > 1:
        for k, s in enumerate(series):
            y = height + 18 * k
            parts.append(f'<rect x="{left}" y="{y}" width="12" height="12" '
                         f'fill="{s.fill(k)}"/><text x="{left + 18}" '
                         f'y="{y + 10}" font-size="12">{escape(s.name)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every label is escaped above


def bars(title: str, labels: list[str], values: list[int]) -> SafeString:
    """Horizontal bars, one per label (e.g. a rule), longest scale first."""
    row, left, width = 24, 170, 560
    height = max(row * len(labels), row) + 8
    peak = max([*values, 1])
    uid = next(_ids)
    parts = [_open(uid, title, width, height)]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 4 + i * row
        w = value / peak * (width - left - 50)
        parts.append(f'<text x="{left - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
                     f'{escape(label)}</text><rect x="{left}" y="{y + 3}" width="{w:.1f}" '
                     f'height="{row - 8}" fill="{COLOURS[0]}"/><text x="{left + w + 6:.1f}" '
                     f'y="{y + 15}" font-size="12">{value}</text>')
    if not labels:
        parts.append('<text x="8" y="18" font-size="12">Nothing to show.</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every label is escaped above


def _open(uid: int, title: str, width: float, height: float) -> str:
    return (f'<svg class="chart" role="img" aria-labelledby="chart-{uid}" viewBox="0 0 '
            f'{width:.0f} {height:.0f}" width="{width:.0f}" '
            f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" '
            f'fill="#1d2433"><title id="chart-{uid}">{escape(title)}</title>')


def _axis(left: int, top: int, plot_h: int, width: float, peak: int) -> str:
    base = top + plot_h
    return (f'<line x1="{left}" y1="{base}" x2="{width - 5:.0f}" y2="{base}" stroke="#4a5468"/>'
            f'<text x="{left - 6}" y="{top + 8}" font-size="10" text-anchor="end">{peak}</text>'
            f'<text x="{left - 6}" y="{base}" font-size="10" text-anchor="end">0</text>')

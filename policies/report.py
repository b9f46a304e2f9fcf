"""Findings and the report the engine returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass

BLOCK = "block"
WARN = "warn"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # BLOCK or WARN
    message: str
    clause: str = ""
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Report:
    findings: tuple[Finding, ...] = ()

    @property
    def verdict(self) -> str:
        severities = {f.severity for f in self.findings}
        if BLOCK in severities:
            return BLOCK
        return WARN if WARN in severities else "pass"

    @property
    def blocks(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == BLOCK)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == WARN)

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}

    @classmethod
    def from_dict(cls, data: dict | None) -> Report:
        return cls(tuple(Finding(**f) for f in (data or {}).get("findings", ())))

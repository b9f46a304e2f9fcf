"""The signed-in user's memberships read in one hand-written query, as every request's middleware
asks for them: building the same select_related query through the ORM cost about 1.3 ms of CPU
a request, a quarter of a live check's, and the confirmed-device check was a second round trip.

The columns and their conversions come from the models' own fields, so a field added to a model
is read here too; tests/test_membership_rows.py compares the result with the ORM's.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Model
from django_otp.plugins.otp_totp.models import TOTPDevice

from schoolsocial.accounts.models import Membership, School, Trust, User


class Columns:
    """A model's concrete columns under a table alias in a SELECT, and a row's values back into
    an instance, converted as the ORM converts them (JSON, and SQLite's dates and booleans)."""

    def __init__(self, model: type[Model], alias: str):
        self.model, self.alias = model, alias
        self.fields = model._meta.concrete_fields
        self.attnames = [field.attname for field in self.fields]
        self._converters: dict[str, list] = {}

    def __len__(self) -> int:
        return len(self.fields)

    def sql(self) -> str:
        quote = connection.ops.quote_name
        return ", ".join(f"{self.alias}.{quote(field.column)}" for field in self.fields)

    def fetch(self, where: str, params: list) -> list[Model]:
        """The model's rows `where` says (SQL over the alias, its values as %s parameters), as
        instances."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = f"SELECT {self.sql()} FROM {table} {self.alias} {where}"  # noqa: S608 - model names
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [self.instance(row) for row in cursor.fetchall()]

    def instance(self, values) -> Model:
        converters = self._converters.get(connection.vendor)
        if converters is None:
            converters = self._converters[connection.vendor] = [
                (column, connection.ops.get_db_converters(column)
                 + column.get_db_converters(connection))
                for column in (field.get_col(self.alias) for field in self.fields)]
        converted = []
        for value, (column, functions) in zip(values, converters, strict=True):
            for function in functions:
                value = function(value, column, connection)
            converted.append(value)
        return self.model.from_db(connection.alias, self.attnames, converted)


_HOLD = School.x_hold.related  # publishing's AccountHold, reached through the school
_MEMBERSHIP, _SCHOOL = Columns(Membership, "m"), Columns(School, "s")
_USER, _HOLD_COLUMNS = Columns(User, "u"), Columns(_HOLD.related_model, "h")
_GROUPS = (_MEMBERSHIP, _SCHOOL, _USER, _HOLD_COLUMNS)
_HOLD_PK = _HOLD_COLUMNS.fields.index(_HOLD.related_model._meta.pk)  # None: the school has none


_SQL: dict[str, str] = {}  # by database vendor: built once, as its quoting is the vendor's


def _sql() -> str:
    if connection.vendor in _SQL:
        return _SQL[connection.vendor]
    executives = Trust.executives.through._meta.db_table
    # names from the models, the user id a parameter
    sql = _SQL[connection.vendor] = (
        f"SELECT {', '.join(columns.sql() for columns in _GROUPS)}, "  # noqa: S608
        f"EXISTS (SELECT 1 FROM {executives} t WHERE t.user_id = m.user_id), "
        f"EXISTS (SELECT 1 FROM {TOTPDevice._meta.db_table} d "
        "WHERE d.user_id = m.user_id AND d.confirmed) "
        f"FROM {Membership._meta.db_table} m "
        f"INNER JOIN {School._meta.db_table} s ON s.id = m.school_id "
        f"INNER JOIN {User._meta.db_table} u ON u.id = m.user_id "
        f"LEFT OUTER JOIN {_HOLD.related_model._meta.db_table} h ON h.school_id = s.id "
        "WHERE m.user_id = %s ORDER BY s.name"
    )
    return sql


def read_memberships(user_id: int) -> list[Membership]:
    """Every membership of the user, by school name, with its school (and the school's X hold
    or None), its user, `leads_trust` (the user is a trust's executive headteacher) and
    `has_two_factor` (the user has a confirmed authenticator app): what
    Membership.objects.filter(user=...).select_related("school", "school__x_hold", "user")
    gives, and two EXISTS, in one round trip."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(), [user_id])
        rows = cursor.fetchall()
    members = []
    for row in rows:
        values, at = [], 0
        for columns in _GROUPS:
            values.append(row[at:at + len(columns)])
            at += len(columns)
        member, school, user = (_MEMBERSHIP.instance(values[0]), _SCHOOL.instance(values[1]),
                                _USER.instance(values[2]))
        hold = _HOLD_COLUMNS.instance(values[3]) if values[3][_HOLD_PK] is not None else None
        if hold is not None:
            _HOLD.field.set_cached_value(hold, school)
        _HOLD.set_cached_value(school, hold)
        Membership.school.field.set_cached_value(member, school)
        Membership.user.field.set_cached_value(member, user)
        member.leads_trust, member.has_two_factor = bool(row[at]), bool(row[at + 1])
        members.append(member)
    return members

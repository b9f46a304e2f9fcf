from schoolsocial.accounts import access


def membership(request):
    """The signed-in user's membership of the current school, and what it may do, for templates.
    An error page raised before sign-in is read (a bad Host header) has no user: no membership."""
    user = getattr(request, "user", None)
    member = access.current_membership(request) if user and user.is_authenticated else None
    return {"member": member, "can": access.Abilities(member),
            "no_credit": member is not None and _no_credit(member.school)}


def _no_credit(school) -> bool:
    """X has no credit left for the school's account (publishing.credit): every page says so.
    The hold comes with the membership's query (access.memberships), so it costs none; its
    `no_credit` says what it is, so accounts/ imports nothing of publishing/."""
    hold = getattr(school, "x_hold", None)  # None when the school has no hold
    return hold is not None and hold.no_credit

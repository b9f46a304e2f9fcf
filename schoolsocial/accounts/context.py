from schoolsocial.accounts import access


def membership(request):
    """The signed-in user's membership of the current school, and what it may do, for templates.
    An error page raised before sign-in is read (a bad Host header) has no user: no membership."""
    user = getattr(request, "user", None)
    member = access.current_membership(request) if user and user.is_authenticated else None
    return {"member": member, "can": access.Abilities(member)}

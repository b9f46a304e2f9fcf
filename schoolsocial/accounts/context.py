from schoolsocial.accounts import access


def membership(request):
    """The signed-in user's membership of the current school, and what it may do, for templates."""
    member = access.current_membership(request) if request.user.is_authenticated else None
    return {"member": member, "can": access.Abilities(member)}

from django.utils import timezone

from schoolsocial.accounts import access


class SchoolTimezoneMiddleware:
    """Show every time in the timezone of the school the user is working in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        member = access.current_membership(request) if request.user.is_authenticated else None
        if member:
            timezone.activate(member.school.tz)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

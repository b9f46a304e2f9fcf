from django.shortcuts import render

from schoolsocial.posts.states import TransitionError


class TransitionConflictMiddleware:
    """A change asked of a post in a state that does not allow it (posts/states.py) answers 409
    with the reason, from any view: the transaction that asked has been rolled back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TransitionError):
            return None
        post_id = request.resolver_match.kwargs.get("post_id") if request.resolver_match else None
        return render(request, "posts/conflict.html",
                      {"post_id": post_id, "message": str(exception)}, status=409)

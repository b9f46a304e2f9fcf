from django.urls import include, path

urlpatterns = [
    path("", include("schoolsocial.posts.urls")),
    path("accounts/", include("schoolsocial.accounts.urls")),
    path("audit/", include("schoolsocial.audit.urls")),
]

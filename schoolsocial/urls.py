from django.urls import include, path

from schoolsocial.governance.trust import trust_overview

urlpatterns = [
    path("", include("schoolsocial.posts.urls")),
    path("", include("schoolsocial.pupils.urls")),
    path("", include("schoolsocial.publishing.urls")),
    path("", include("schoolsocial.series.urls")),
    path("accounts/trust/", trust_overview, name="trust_overview"),
    path("accounts/", include("schoolsocial.accounts.urls")),
    path("audit/", include("schoolsocial.audit.urls")),
    path("governance/", include("schoolsocial.governance.urls")),
    path("", include("schoolsocial.inbound.urls")),
    path("", include("schoolsocial.mail.urls")),
]

from django.contrib.auth import views as auth_views
from django.urls import path

from schoolsocial.accounts import trusts, twofactor, views

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/", views.school_settings, name="school_settings"),
    path("staff/", views.staff, name="staff"),
    path("password/", views.change_password, name="change_password"),
    path("rules/", views.rules, name="rules"),
    path("staff/<int:membership_id>/role/", views.change_role, name="staff_role"),
    path("staff/<int:membership_id>/remove/", views.remove_staff, name="staff_remove"),
    path("two-factor/", twofactor.setup, name="two_factor_setup"),
    path("two-factor/code/", twofactor.verify, name="two_factor_verify"),
    path("two-factor/recovery-codes/", twofactor.regenerate_recovery_codes,
         name="two_factor_recovery_codes"),
    path("switch-school/", trusts.switch, name="switch_school"),
]

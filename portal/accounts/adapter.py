from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.text import capfirst

from notifications import api as notifications

LOGIN_CODE_TEMPLATE = "notifications.login_code"
UNKNOWN_NUMBER_TEMPLATE = "notifications.login_unknown_number"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return reverse("after_login")

    # --- Phone numbers and log-in by SMS code ----------------------------------------------------
    # allauth stores no phone numbers: they live on our User (phone, phone_verified). Only a verified
    # number logs in, so a typo in an application form cannot hand someone else the account.

    def clean_phone(self, phone):
        normalised = notifications.normalise_phone(phone)
        if not normalised:
            raise ValidationError(notifications.INVALID_PHONE_MESSAGE, code="invalid_phone")
        return normalised

    def phone_form_field(self, **kwargs):
        # Accept Norwegian ways of writing a number; clean_phone turns them into E.164.
        kwargs.setdefault("validators", [])
        kwargs.setdefault("label", capfirst(get_user_model()._meta.get_field("phone").verbose_name))
        return super().phone_form_field(**kwargs)

    def set_phone(self, user, phone, verified):
        user.phone, user.phone_verified = phone, verified
        user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user):
        return (user.phone, user.phone_verified) if user.phone else None

    def set_phone_verified(self, user, phone):
        if user.phone == phone and not user.phone_verified:
            user.phone_verified = True
            user.save(update_fields=["phone_verified"])

    def get_user_by_phone(self, phone):
        users = get_user_model().objects.filter(phone=phone, phone_verified=True, is_active=True)
        return users.order_by("pk").first()

    def send_verification_code_sms(self, user, phone, code, **kwargs):
        recipient = user if user.phone == phone else notifications.Contact(name=user.first_name, phone=phone)
        notifications.send(recipient, LOGIN_CODE_TEMPLATE, {"kode": code}, channels=("sms",), urgent=True)

    def send_unknown_account_sms(self, phone, **kwargs):
        # Off by default: texting any number typed into a form invites SMS-pumping fraud. The page
        # answers the same either way ("if the number belongs to an account, a code is on its way").
        if getattr(settings, "NOTIFICATIONS_SMS_UNKNOWN_ACCOUNT", False):
            contact = notifications.Contact(name="", phone=phone)
            notifications.send(contact, UNKNOWN_NUMBER_TEMPLATE, {}, channels=("sms",), urgent=True)

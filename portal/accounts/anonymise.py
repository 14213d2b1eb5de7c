"""An account nobody may use again and that names nobody: kept so rows that count (statistics) still point at it."""

from allauth.account.models import EmailAddress


def anonymise_account(user):
    from portal.org import audit

    audit.anonymise_about(user)  # entries about the account stay, without its name
    EmailAddress.objects.filter(user=user).delete()
    user.first_name = user.last_name = user.phone = ""
    user.email = f"anonymised-{user.pk}@example.invalid"
    user.phone_verified = False
    user.is_active = False
    user.set_unusable_password()
    user.save()

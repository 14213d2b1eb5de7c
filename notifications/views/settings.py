"""The person's own message settings: SMS, e-mail or both, and a new mobile number (password + code)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..domain import phone_change
from ..domain.recipients import language_of, preference_of
from ..forms import ChangePhoneForm, ConfirmPhoneForm, PreferenceForm
from ..models import ContactPreference
from .reauth import reauthentication_required

PENDING_KEY = "notifications_phone_change"


@login_required
def preferences(request):
    initial = {"channels": preference_of(request.user), "language": language_of(request.user)}
    form = PreferenceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        ContactPreference.objects.update_or_create(user=request.user, defaults=form.cleaned_data)
        messages.success(request, _("Your message settings are saved."))
        return redirect("minside:dashboard")
    return render(request, "notifications/preferences.html", {"form": form})


@reauthentication_required
def change_phone(request):
    form = ChangePhoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            pending = phone_change.start(request.user, form.cleaned_data["phone"])
        except phone_change.PhoneChangeError:
            messages.error(request, _("You have asked for many codes. Wait an hour and try again."))
        else:
            request.session[PENDING_KEY] = pending
            return redirect("notifications:confirm_phone")
    return render(request, "notifications/change_phone.html", {"form": form})


@login_required
def confirm_phone(request):
    pending = request.session.get(PENDING_KEY)
    if not pending:
        return redirect("notifications:change_phone")
    form = ConfirmPhoneForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            pending = phone_change.confirm(request.user, pending, form.cleaned_data["code"])
        except phone_change.PhoneChangeError:
            request.session.pop(PENDING_KEY, None)
            messages.error(request, _("The code has expired. Ask for a new one."))
            return redirect("notifications:change_phone")
        if pending is None:
            request.session.pop(PENDING_KEY, None)
            messages.success(request, _("Your mobile number is saved."))
            return redirect("minside:dashboard")
        request.session[PENDING_KEY] = pending
        form.add_error("code", _("The code is not correct."))
    return render(request, "notifications/confirm_phone.html", {"form": form, "phone": pending["phone"]})

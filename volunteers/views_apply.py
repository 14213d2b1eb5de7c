"""The application form, rendered on the cms ApplicationPage: thin glue between request, form and domain."""

import logging

from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.localized import url_in

from . import ratelimit
from .domain import applications
from .enums import ADULT_AGE
from .forms import ApplicationForm

log = logging.getLogger(__name__)
RECEIPT_SESSION_KEY = "volunteers_receipt"
RATE_LIMIT_ACTION = "application_form"


def application_form(request, page, *, template, context, unit=None, privacy_notice_version=""):
    """GET shows the form; POST validates it, saves the application and redirects to the receipt."""
    form_kwargs = {"unit": unit, "privacy_notice_version": privacy_notice_version}
    # The form's address for the reader's language: under /en/ also when the page has no English version yet.
    address = url_in(page, request=request) or page.url
    context = {**context, "form_action": address}
    if request.method != "POST":
        return _render(request, template, context, ApplicationForm(initial=_chosen_unit(request), **form_kwargs))

    form = ApplicationForm(request.POST, **form_kwargs)
    if not ratelimit.allow(request, RATE_LIMIT_ACTION):
        message = _("You have sent the form many times in a short while. Wait an hour and try again.")
        return _render(request, template, context, form, problem=message, status=429)
    if form.is_spam:
        request.session[RECEIPT_SESSION_KEY] = {}
        return redirect(address + "kvittering/")
    if not form.is_valid():
        return _render(request, template, context, form, status=400)
    try:
        applications.submit(form.cleaned_data, ip=ratelimit.client_ip(request))
    except applications.TooYoung:
        # The unit of an application already in screening (its own rule); say so without naming it.
        return _render(request, template, context, form, problem=form.too_young_message(None), status=400)
    except DatabaseError:
        log.exception("Could not save an application")
        message = _("Something went wrong on our side, and the application was not saved. Try again in a moment.")
        return _render(request, template, context, form, problem=message, status=503)
    request.session[RECEIPT_SESSION_KEY] = _receipt(form.cleaned_data)
    return redirect(address + "kvittering/")


def _chosen_unit(request):
    """?enhet=<slug> (the button on a unit's page) chooses the unit in advance."""
    from portal.org.models import Unit

    slug = request.GET.get("enhet", "")
    unit = Unit.objects.filter(slug=slug).first() if slug else None
    return {"unit": unit.pk} if unit is not None else {}


def _receipt(cleaned):
    """Only what the person typed, never what was stored: the page must not tell whether an application
    with this e-mail or number existed (the owner hears about an update by their own e-mail and SMS)."""
    unit = cleaned["unit"]
    youth = applications.age_rule(unit, cleaned["date_of_birth"]) == applications.YOUTH
    return {
        "guardian_name": cleaned["guardian_name"] if youth else "",
        "minimum_age": ADULT_AGE,
        "unit_name": unit.name,
        "unit_phone": unit.contact_phone,
        "unit_email": unit.contact_email,
    }


def receipt_context(request):
    """What the receipt page shows: kept in the session, so the address shows nothing about anybody."""
    receipt = request.session.get(RECEIPT_SESSION_KEY)
    if receipt is None:
        return None
    return {"receipt": receipt}


def _render(request, template, context, form, *, problem="", status=200):
    return TemplateResponse(request, template, {**context, "form": form, "problem": problem}, status=status)

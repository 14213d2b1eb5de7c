"""Public and Min side views of the volunteers app (the application form itself is in views_apply.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import ratelimit, rules
from .domain import applications, declarations, pending, updates
from .domain.errors import ScreeningError
from .enums import ADULT_AGE, UpdateState
from .forms import ContactDetailsForm, SignDeclarationForm
from .models import Application

MIN_SIDE = "minside:dashboard"


@require_http_methods(["GET", "POST"])
def guardian_confirm(request, token):
    """GET shows what the guardian agrees to; POST confirms (a GET alone must not: link scanners follow links)."""
    application = applications.application_for_guardian_token(token)
    if application is None or application.anonymised_at is not None:
        return render(request, "volunteers/guardian_invalid.html", status=404)
    confirmed = application.guardian_confirmed_at is not None
    if request.method == "POST" and request.POST.get("answer") == "no":
        applications.decline_guardian(application)
    elif request.method == "POST" and not applications.guardian_declined(application) and not confirmed:
        applications.confirm_guardian(application)
        confirmed = True
    declined = applications.guardian_declined(application)
    context = {"application": application, "confirmed": confirmed, "declined": declined, "adult_age": ADULT_AGE}
    return render(request, "volunteers/guardian_confirm.html", context)


@require_http_methods(["GET", "POST"])
def confirm_update(request, token):
    """The e-mailed link is the proof (logged in or not). GET shows the changes; POST applies them."""
    update = pending.pending_for_token(token)
    if update is None or update.application.anonymised_at is not None:
        return render(request, "volunteers/update_invalid.html", status=404)
    problems = updates.blockers(update)
    done = False
    if request.method == "POST" and not problems:
        try:
            update = updates.apply(update, by_link=True)
        except ScreeningError as error:
            problems = [error]
        else:
            done = update.state == UpdateState.APPLIED
            if not done:
                problems = [_("These answers could not be used for your application. A coordinator will contact you.")]
    context = {
        "update": update,
        "done": done,
        "problem": str(problems[0]) if problems else "",
        "changes": [] if done or problems else updates.changes(update),
    }
    return render(request, "volunteers/confirm_update.html", context)


def open_application_or_404(user):
    application = Application.objects.open().filter(user=user).select_related("unit").order_by("-submitted_at").first()
    if application is None:
        raise Http404
    return application


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request):
    application = open_application_or_404(request.user)
    if request.method == "POST":
        try:
            applications.withdraw(application, request.user, reason=_("Withdrawn by the applicant on My page."))
        except ScreeningError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your application is withdrawn. You are welcome to apply again later."))
        return redirect(MIN_SIDE)
    return render(request, "volunteers/withdraw.html", {"application": application})


@login_required
@require_http_methods(["GET", "POST"])
def contact_details(request):
    application = open_application_or_404(request.user)
    initial = {field: getattr(application, field) for field in applications.CONTACT_FIELDS}
    form = ContactDetailsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        applications.update_contact_details(application, request.user, **form.cleaned_data)
        messages.success(request, _("Your contact details are updated."))
        return redirect(MIN_SIDE)
    return render(request, "volunteers/contact_details.html", {"application": application, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def sign_declaration(request):
    user = request.user
    if not rules.may_sign_declaration(user):
        raise Http404
    declaration = declarations.current_declaration()
    if declaration is None:
        raise Http404
    signature = declarations.signature_of(user, declaration)
    form = SignDeclarationForm(request.POST or None, initial={"full_name": user.get_full_name()})
    if request.method == "POST" and signature is None and form.is_valid():
        ip = ratelimit.client_ip(request)
        try:
            language = translation.get_language()
            declarations.sign_declaration(user, form.cleaned_data["full_name"], ip, declaration, language)
        except ScreeningError as error:
            form.add_error("full_name", str(error))
        else:
            messages.success(request, _("Thank you! The confidentiality declaration is signed."))
            return redirect(MIN_SIDE)
    language = translation.get_language()
    context = {
        "declaration": declaration,
        "declaration_title": declaration.title_in(language),
        "declaration_text": declaration.text_in(language),
        "declaration_language": declaration.language_for(language),
        "signature": signature,
        "form": form,
    }
    return render(request, "volunteers/sign_declaration.html", context)

"""Min side pages for hours: log, edit, delete, and a receipt served only to its owner and the unit's staff."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from volunteers.models import Volunteer

from . import rules
from .domain import calendar, entries, meetings
from .domain.errors import EntryLocked, HoursError
from .domain.totals import active_matches, targets_for
from .forms import EXPENSE_FIELDS, HOUR_CHOICES, HourEntryForm, MeetingForm
from .models import HourEntry, Meeting

MIN_SIDE = "minside:dashboard"


def own_volunteer_or_404(user, unit_id=None):
    profiles = Volunteer.objects.filter(user=user).select_related("unit", "user").order_by("pk")
    if unit_id:
        profiles = profiles.filter(unit_id=unit_id)
    volunteer = profiles.first()
    if volunteer is None:
        raise Http404
    return volunteer


def own_entry_or_404(user, pk):
    """Another person's entry is a 404, the same as one that does not exist."""
    return get_object_or_404(HourEntry.objects.select_related("volunteer__user", "unit"), pk=pk, volunteer__user=user)


@login_required
@require_http_methods(["GET", "POST"])
def log_hours(request):
    volunteer = own_volunteer_or_404(request.user, request.GET.get("enhet"))
    targets = targets_for(volunteer)
    initial = {"with_whom": next(iter(targets), None)}
    form = HourEntryForm(
        request.POST or None, request.FILES or None, volunteer=volunteer, targets=targets, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            entries.submit(volunteer, actor=request.user, **form.entry_fields())
        except HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you! Your hours are logged."))
            return redirect(MIN_SIDE)
    return render_form(request, form, volunteer, None)


@login_required
@require_http_methods(["GET", "POST"])
def edit_entry(request, pk):
    entry = own_entry_or_404(request.user, pk)
    if not rules.may_edit(request.user, entry):
        messages.error(request, str(EntryLocked()))
        return redirect(MIN_SIDE)
    targets = targets_for(entry.volunteer)
    form = HourEntryForm(
        request.POST or None,
        request.FILES or None,
        volunteer=entry.volunteer,
        targets=targets,
        initial=initial_of(entry),
    )
    if request.method == "POST" and form.is_valid():
        try:
            entries.edit(entry, actor=request.user, **form.entry_fields())
        except HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your hours are updated."))
            return redirect(MIN_SIDE)
    return render_form(request, form, entry.volunteer, entry)


def render_form(request, form, volunteer, entry):
    context = {
        "form": form,
        "volunteer": volunteer,
        "entry": entry,
        "hour_choices": HOUR_CHOICES,
        "expense_fields": EXPENSE_FIELDS,
    }
    return render(request, "hours/entry_form.html", context)


def initial_of(entry):
    target = f"match:{entry.match_id}" if entry.match_id else f"activity:{entry.activity_kind_id}"
    return {
        "with_whom": target,
        "date": entry.date,
        "hours": str(entry.hours).replace(".", ","),
        "measure": entry.measure,
        "life_area": entry.life_area,
        "km": entry.km or None,
        "passengers": entry.passengers or None,
        "travel_costs": entry.travel_costs or None,
        "other_expenses": entry.other_expenses or None,
        "other_expenses_text": entry.other_expenses_text,
        "note": entry.note,
    }


@login_required
@require_http_methods(["GET", "POST"])
def delete_entry(request, pk):
    entry = own_entry_or_404(request.user, pk)
    if request.method == "POST":
        try:
            entries.delete(entry, actor=request.user)
        except HoursError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The entry is deleted."))
        return redirect(MIN_SIDE)
    return render(request, "hours/entry_delete.html", {"entry": entry})


@login_required
def receipt(request, pk):
    entry = get_object_or_404(HourEntry.objects.select_related("volunteer"), pk=pk)
    if not rules.may_view_receipt(request.user, entry):
        raise Http404
    response = FileResponse(entry.receipt.open("rb"), as_attachment=False, filename=entry.receipt.name.rsplit("/")[-1])
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; plugin-types application/pdf"
    return response


@login_required
@require_POST
def new_feed(request):
    calendar.new_token(own_volunteer_or_404(request.user))
    messages.success(request, _("You have a new calendar address. The old one no longer works."))
    return redirect(MIN_SIDE)


@require_GET
def calendar_feed(request, token):
    """No log-in (calendar apps cannot log in): the secret token is the key. Unknown or revoked → 404."""
    volunteer = calendar.volunteer_for_token(token)
    if volunteer is None:
        raise Http404
    response = HttpResponse(calendar.feed(volunteer), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def add_meeting(request):
    profiles = Volunteer.objects.filter(user=request.user)
    matches = [match for volunteer in profiles for match in active_matches(volunteer)]
    if not matches:
        raise Http404
    form = MeetingForm(request.POST or None, matches=matches)
    if request.method == "POST" and form.is_valid():
        try:
            meetings.add_meeting(actor=request.user, **form.meeting_fields())
        except HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The meeting is saved. You get a reminder the day before."))
            return redirect(MIN_SIDE)
    return render(request, "hours/meeting_form.html", {"form": form})


@login_required
@require_POST
def cancel_meeting(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("volunteer"), pk=pk, volunteer__user=request.user)
    meetings.cancel_meeting(meeting, actor=request.user)
    messages.success(request, _("The meeting is cancelled."))
    return redirect(MIN_SIDE)

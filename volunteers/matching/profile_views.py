"""Editing the matching profile: the Tidgiver on Min side, the coordinator in the back office. Thin views."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.org.rules import is_staff_member
from portal.org.scoping import for_user
from volunteers.enums import VolunteerStatus
from volunteers.models import Volunteer

from .domain import profiles
from .domain.errors import MatchingError
from .models import MatchingProfile
from .profile_forms import MatchingProfileForm


def existing_profile(volunteer):
    try:
        return volunteer.matching_profile
    except MatchingProfile.DoesNotExist:
        return MatchingProfile(unit_id=volunteer.unit_id, volunteer=volunteer)


def save(volunteer, form):
    data = form.cleaned_data
    profiles.update_profile(
        volunteer,
        values=form.profile_values(),
        interests=data["interests"],
        competencies=data["competencies"],
        languages=data["languages"],
        slots=data["slots"],
    )
    profiles.set_pause(volunteer, **form.pause_values())


@login_required
@require_http_methods(["GET", "POST"])
def edit_own(request, pk):
    """The Tidgiver's own profile only: anyone else's (or an ended one) is a 404."""
    volunteer = Volunteer.objects.filter(user=request.user, pk=pk).exclude(status=VolunteerStatus.ENDED).first()
    if volunteer is None:
        raise Http404
    form = MatchingProfileForm(request.POST or None, profile=existing_profile(volunteer))
    if request.method == "POST" and form.is_valid():
        try:
            save(volunteer, form)
        except MatchingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you! Your availability is saved."))
            return redirect("minside:dashboard")
    return render(request, "matching/minside/profile_form.html", {"form": form, "volunteer": volunteer})


class CoordinatorProfileView(WagtailAdminTemplateMixin, FormView):
    """The same profile, edited by a coordinator of the Tidgiver's unit (another unit's is a 404)."""

    template_name = "matching/admin/profile_form.html"
    form_class = MatchingProfileForm
    header_icon = "calendar"

    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            raise Http404
        self.volunteer = get_object_or_404(
            for_user(Volunteer.objects.select_related("user", "unit"), request.user), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Matching profile")

    def get_page_subtitle(self):
        return self.volunteer.user.get_full_name()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "profile": existing_profile(self.volunteer)}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "volunteer": self.volunteer, "back_url": self.back_url()}

    def back_url(self):
        return reverse("tidgivere:inspect", args=[self.volunteer.pk])

    def form_valid(self, form):
        try:
            save(self.volunteer, form)
        except MatchingError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("The matching profile is saved."))
        return redirect(self.back_url())

"""Local units, the volunteer roles people take there, and who belongs where."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enums import STAFF_ROLES, Role


class Unit(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=20, blank=True)
    # Adults from 18 (or older, if the unit wants); under-18s only through the youth age and a guardian's consent.
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age for Tidgivers"), default=18, validators=[MinValueValidator(18)]
    )
    youth_minimum_age = models.PositiveSmallIntegerField(
        _("minimum age for young Tidgivers"),
        null=True,
        blank=True,
        validators=[MinValueValidator(12), MaxValueValidator(17)],
        help_text=_("Fill in (for example 13) if the unit accepts young Tidgivers with a guardian's consent."),
    )

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]

    def __str__(self):
        return self.name


class VolunteerRole(models.Model):
    """A kind of volunteer task, e.g. activity companion or personal-finance helper."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    requires_police_certificate = models.BooleanField(
        _("requires police certificate"),
        default=False,
        help_text=_(
            "Only for tasks with children, young people or people with intellectual disabilities "
            "(Police Register Regulations § 34-1)."
        ),
    )

    class Meta:
        verbose_name = _("Tidgiver role")
        verbose_name_plural = _("Tidgiver roles")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MembershipQuerySet(models.QuerySet):
    def staff(self):
        return self.filter(role__in=STAFF_ROLES)


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person")
    )
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("unit"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    volunteer_role = models.ForeignKey(
        VolunteerRole,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("Tidgiver role"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("person in unit")
        verbose_name_plural = _("people")
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="one_membership_per_unit")]
        indexes = [models.Index(fields=["unit", "role"])]

    def __str__(self):
        return f"{self.user} – {self.unit} ({self.get_role_display()})"

    @property
    def is_staff_role(self):
        return self.role in STAFF_ROLES

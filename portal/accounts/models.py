"""People who log in: Tidgivere, applicants and staff. Log-in is by e-mail; there are no usernames."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email"), unique=True)
    phone = models.CharField(
        _("mobile number"), max_length=20, blank=True, db_index=True, help_text=_("Stored as +4741234567.")
    )
    phone_verified = models.BooleanField(_("mobile number verified"), default=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["first_name", "last_name", "email"]
        # Lists sorted by name (Tidgivere, the hour queue) read the first 50 names instead of sorting everyone.
        indexes = [models.Index(fields=["last_name", "first_name"], name="accounts_user_name_idx")]

    def __str__(self):
        return self.get_full_name() or self.email

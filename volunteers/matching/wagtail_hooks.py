"""Wagtail hooks of matching."""

from . import profile_hooks  # noqa: F401

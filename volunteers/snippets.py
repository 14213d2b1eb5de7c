"""The taushetserklæring is edited in Wagtail as a snippet. A version is never changed after it exists:
"copy" makes the next version, so everyone who signed keeps pointing to the exact text they signed."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.org.rules import is_staff_member

from .models import Competency, ConfidentialityDeclaration, Interest, Language


class DeclarationPermissionPolicy(ModelPermissionPolicy):
    """Coordinators may read every version; new versions need the model's add permission (superusers)."""

    def user_has_permission(self, user, action):
        if action in ("change", "delete"):
            return False
        if action == "view" and is_staff_member(user):
            return True
        return super().user_has_permission(user, action)


class ConfidentialityDeclarationViewSet(SnippetViewSet):
    model = ConfidentialityDeclaration
    icon = "doc-full"
    menu_label = _("Confidentiality declaration")
    list_display = ["title", "version", "published_at"]
    inspect_view_enabled = True
    copy_view_enabled = True
    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("title_en"),
        FieldPanel("text_en"),
        FieldPanel("published_at"),
    ]


class VocabularyPermissionPolicy(ModelPermissionPolicy):
    """Coordinators read the shared lists; adding, changing and retiring entries needs the model permission."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return False  # retire an entry ("in use" off) so profiles that have it keep their meaning
        if action == "view" and is_staff_member(user):
            return True
        return super().user_has_permission(user, action)


class VocabularyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["name", "name_en", "slug", "active", "sort_order"]
    list_filter = ["active"]
    search_fields = ["name", "name_en"]
    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("active"),
    ]


class InterestViewSet(VocabularyViewSet):
    model = Interest
    menu_label = _("Interests")


class CompetencyViewSet(VocabularyViewSet):
    model = Competency
    menu_label = _("Competencies")
    list_display = [*VocabularyViewSet.list_display, "life_area"]
    panels = [*VocabularyViewSet.panels, FieldPanel("life_area")]


class LanguageViewSet(VocabularyViewSet):
    model = Language
    menu_label = _("Languages")


def register():
    register_permission_policy(ConfidentialityDeclaration, DeclarationPermissionPolicy(ConfidentialityDeclaration))
    register_snippet(ConfidentialityDeclarationViewSet)
    for model, viewset in ((Interest, InterestViewSet), (Competency, CompetencyViewSet), (Language, LanguageViewSet)):
        register_permission_policy(model, VocabularyPermissionPolicy(model))
        register_snippet(viewset)

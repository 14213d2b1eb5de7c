"""What the matching profile plugs into other apps, called once from MatchingConfig.ready().

- at approval the application's availability and interests fill the profile (volunteers' approval hook);
- erasing a participant blanks what matching wrote about them (participants' erasure hook);
- "download my data" / "delete me" include the Tidgiver's matching profile (the privacy registry).
"""

from django.utils.translation import gettext_lazy as _


def register():
    from portal.privacy import registry as privacy
    from volunteers.domain.profiles import register_on_approved
    from volunteers.participants.domain.erasure import register_eraser

    from .domain.erasure import erase_participant_texts
    from .domain.profiles import collect_for_person, copy_from_application, erase_for_person

    register_on_approved(copy_from_application)
    register_eraser(erase_participant_texts)
    privacy.register(
        "matching_profile",
        title=_("Availability and matching profile"),
        collect=collect_for_person,
        erase=erase_for_person,
    )

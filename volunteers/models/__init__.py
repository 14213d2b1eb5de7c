from .application import Application, ApplicationEvent
from .checklist import ChecklistRequirement
from .declarations import ConfidentialityDeclaration, ConfidentialitySignature
from .screening import PoliceCertificateCheck, Reference, ScreeningConversation
from .updates import PendingUpdate
from .volunteer import Volunteer, VolunteerStatusChange

__all__ = [
    "Application",
    "ApplicationEvent",
    "ChecklistRequirement",
    "ConfidentialityDeclaration",
    "ConfidentialitySignature",
    "PendingUpdate",
    "PoliceCertificateCheck",
    "Reference",
    "ScreeningConversation",
    "Volunteer",
    "VolunteerStatusChange",
]

from .application import Application, ApplicationEvent
from .checklist import ChecklistRequirement
from .declarations import ConfidentialityDeclaration, ConfidentialitySignature
from .screening import PoliceCertificateCheck, Reference, ScreeningConversation
from .volunteer import Volunteer, VolunteerStatusChange

__all__ = [
    "Application",
    "ApplicationEvent",
    "ChecklistRequirement",
    "ConfidentialityDeclaration",
    "ConfidentialitySignature",
    "PoliceCertificateCheck",
    "Reference",
    "ScreeningConversation",
    "Volunteer",
    "VolunteerStatusChange",
]

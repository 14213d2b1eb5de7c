from .application import Application, ApplicationEvent
from .checklist import ChecklistRequirement
from .declarations import ConfidentialityDeclaration, ConfidentialitySignature
from .screening import PoliceCertificateCheck, Reference, ScreeningConversation
from .updates import PendingUpdate
from .vocabulary import Competency, Interest, Language, WeeklySlot
from .volunteer import Volunteer, VolunteerStatusChange

__all__ = [
    "Application",
    "ApplicationEvent",
    "ChecklistRequirement",
    "Competency",
    "ConfidentialityDeclaration",
    "ConfidentialitySignature",
    "Interest",
    "Language",
    "PendingUpdate",
    "PoliceCertificateCheck",
    "Reference",
    "ScreeningConversation",
    "Volunteer",
    "VolunteerStatusChange",
    "WeeklySlot",
]

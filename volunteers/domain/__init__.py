"""Business functions of the volunteers app: applications, screening, checklist, declarations, retention.

Every state change of an application goes through `screening.transition`.
"""

from .pages import TrainingIndexPage, TrainingModulePage
from .progress import ModuleProgress, QuizAttempt, TrainingReminder

__all__ = ["ModuleProgress", "QuizAttempt", "TrainingIndexPage", "TrainingModulePage", "TrainingReminder"]

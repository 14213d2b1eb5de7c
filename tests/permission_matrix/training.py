"""training: the Tidgiver's training pages (served by Wagtail) and the training matrix in the back office."""

from tests.permission_matrix import LOGGED_IN, STAFF, Row, staff


def _module(world):
    from training.models import TrainingModulePage
    from training.seed import index_page

    module = TrainingModulePage(title="Grensesetting", slug="grensesetting", body=[("text", "<p>Les dette.</p>")])
    index_page().add_child(instance=module)
    module.save_revision().publish()
    return module


FIXTURES = {"training_module": _module}

ROWS = {
    "/opplaering/": Row(get=LOGGED_IN, post=None, url=lambda w: (w.training_module, "/opplaering/")[1]),
    "/opplaering/grensesetting/": Row(get=LOGGED_IN, post=None, url=lambda w: w.training_module.url),
    "admin/training/": Row(get=STAFF, post=staff(405)),
    "/admin/training/?export=csv": Row(get=STAFF, post=None),
    "/admin/training/?export=xlsx": Row(get=STAFF, post=None),
    "admin/training/remind/": Row(get=STAFF, post=staff("redirect:/admin/training/?")),
}

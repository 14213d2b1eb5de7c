# The training pages are Wagtail pages (the overview is seeded at /opplaering/, its modules below it) and
# the back office lives in the Wagtail admin (training/admin/). Nothing is routed here, so /opplaering/
# falls through to Wagtail; a pattern added here would shadow the pages.
app_name = "training"

urlpatterns = []

"""The coordinator's side of recruitment and screening in the Wagtail admin (registered in wagtail_hooks)."""

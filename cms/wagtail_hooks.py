from wagtail import hooks

from .page_cache import mark_public_page


@hooks.register("before_serve_page")
def remember_public_page(page, request, serve_args, serve_kwargs):
    mark_public_page(request, page)

"""Listing columns and a table that render cells without templates: 50 rows x 8 columns of tiny templates (and a
``{% component %}`` tag per cell) was most of a back-office list's time. Same markup as Wagtail's own, less of it.

A column without a ``render_cell_html`` of its own here still works in ``CompactTable``: it renders through its
template as in Wagtail.
"""

import html

from django.contrib.admin.utils import quote
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from wagtail.admin.ui.tables import (
    BulkActionsCheckboxColumn,
    ButtonsColumnMixin,
    Column,
    DateColumn,
    StatusTagColumn,
    Table,
    TitleColumn,
)

WARNING_ICON = mark_safe(
    '<svg class="icon icon-warning w-w-4 w-h-4" aria-hidden="true"><use href="#icon-warning"></use></svg>'
)


def choice_label(model, field_name):
    """An accessor for a choice field's label: ``get_FOO_display`` builds a dict of every choice (hashing each lazy
    label, a translation lookup apiece) for every row."""
    labels = dict(model._meta.get_field(field_name).flatchoices)

    def label(instance):
        value = getattr(instance, field_name)
        return labels.get(value, value)

    return label


def _classname(column, *extra):
    names = " ".join(name for name in (column.classname, *extra) if name)
    return format_html(' class="{}"', names) if names else ""


def _escaped(value):
    """``conditional_escape`` without its lazy-string checks (a cell is rendered 50 times a page)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _cell(attrs, inner):
    return mark_safe(f"<td{attrs}>{inner}</td>")  # noqa: S308 (attrs from format_html, inner escaped)


class CompactTable(Table):
    """Wagtail's table with the rows rendered in Python (the headers still use Wagtail's header template)."""

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        caption = self.get_caption()
        parts = [
            format_html("<table{}>", flatatt(self.attrs)),
            format_html('<caption class="w-sr-only">{}</caption>', caption) if caption else "",
            self._column_widths(),
            format_html("<thead><tr{}>", flatatt({"class": self.header_row_classname or False})),
            *(column.render_header_html(context) for column in self.columns.values()),
            mark_safe("</tr></thead>\n<tbody>\n"),
        ]
        columns = list(self.columns.values())
        for row in self.rows:
            cell_context = {**context, "row": row}
            parts.append(format_html("<tr{}>", flatatt(row.attrs)))
            parts.extend(column.render_cell_html(row.instance, cell_context) for column in columns)
            parts.append(mark_safe("</tr>\n"))
        parts.append(mark_safe("</tbody></table>"))
        return mark_safe("".join(str(part) for part in parts))  # noqa: S308 (every part is escaped above)

    def _column_widths(self):
        if not self.has_column_widths():
            return ""
        return format_html_join("", "<col{}>", ((flatatt({"width": c.width or False}),) for c in self.columns.values()))


def as_text(value):
    """What ``{{ value }}`` shows in a template (local time, localised dates), numbers without a separator (as
    Wagtail's column)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return localize(template_localtime(value))


class PlainColumn(Column):
    """Wagtail's text column (``wagtailadmin/tables/cell.html``) without the template."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if value is None or not str(value).strip():
            value = self.empty_value_display
        return _cell(_classname(self), _escaped(as_text(value)))


class CompactDateColumn(DateColumn):
    """The date as text (``1. des. 2026``) in a <time> element, instead of Wagtail's "3 days ago" button with a
    tooltip (about 330 bytes and one template per row)."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if not value:
            return format_html("<td>{}</td>", "")
        day = timezone.localdate(value) if hasattr(value, "tzinfo") and timezone.is_aware(value) else value
        return _cell("", f'<time datetime="{day.isoformat()}">{_escaped(date_format(day, "j. M Y"))}</time>')


class CompactStatusTagColumn(StatusTagColumn):
    """Wagtail's status tag (``wagtailadmin/shared/status_tag.html``) without the two templates."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_value(instance)
        if not value:
            return format_html("<td{}></td>", _classname(self))
        primary = " w-status--primary" if self.get_primary(instance) else ""
        return _cell(_classname(self), f'<span class="w-status{primary}">{_escaped(value)}</span>')


class CompactCheckboxColumn(BulkActionsCheckboxColumn):
    """The bulk-action checkbox of a row, as ``wagtailadmin/bulk_actions/listing_checkbox_cell.html`` renders it."""

    def render_cell_html(self, instance, parent_context):
        return format_html(
            '<td class="bulk-action-checkbox-cell"><input type="checkbox" data-object-id="{}" data-bulk-action-checkbox'
            ' class="bulk-action-checkbox" aria-label="{}" aria-describedby="{}"></td>',
            quote(instance.pk),
            gettext("Select"),
            self.get_aria_describedby(instance),
        )


class CompactTitleColumn(TitleColumn):
    """The row's title as a link. A row whose "more" menu has buttons left renders through Wagtail's template."""

    def render_cell_html(self, instance, parent_context):
        if isinstance(self, ButtonsColumnMixin) and self.get_buttons(instance, parent_context):
            return super().render_cell_html(instance, parent_context)
        value = self.get_value(instance)
        if value is None or not str(value).strip():
            value = self.empty_value_display
        title_id = self.get_title_id(instance, parent_context)
        title = format_html('<span id="{}">{}</span>', title_id, value) if title_id else value
        url = self.get_link_url(instance, parent_context)
        if url:
            attrs = {**self.get_link_attrs(instance, parent_context), "href": url}
            if self.link_classname is not None:
                attrs["class"] = self.link_classname
            title = format_html("<a{}>{}</a>", flatatt(attrs), title)
        elif label_id := self.get_label_id(instance, parent_context):
            title = format_html('<label for="{}">{}</label>', label_id, title)
        return format_html('<td{}><div class="title-wrapper">{}</div></td>', _classname(self, "title"), title)

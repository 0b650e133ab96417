from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

COLOURS = {"open": "green", "blocked": "red", "done": "grey"}


@register.simple_tag
def status_badge(ticket):
    colour = COLOURS.get(ticket.status, "blue")
    label = escape(ticket.status.title())
    note = ticket.status_note
    if not note:
        note = ""
    html = '<span class="badge badge-%s" title="%s">%s</span>' % (colour, note, label)
    return mark_safe(html)  # LABEL: CWE-79

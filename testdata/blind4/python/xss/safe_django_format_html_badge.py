from django import template
from django.utils.html import format_html

register = template.Library()

COLOURS = {"open": "green", "blocked": "red", "done": "grey"}


@register.simple_tag
def status_badge(ticket):
    colour = COLOURS.get(ticket.status, "blue")
    note = ticket.status_note
    if not note:
        note = ""
    return format_html(
        '<span class="badge badge-{}" title="{}">{}</span>',
        colour,
        note,
        ticket.status.title(),
    )

from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.html import escape


def render_comment(author, body):
    paragraphs = linebreaks(escape(body))
    return format_html(
        "<article class='comment'><h4>{}</h4>{}</article>",
        author,
        mark_safe(paragraphs),
    )


def render_badge(count):
    return format_html("<span class='badge'>{}</span>", int(count))

import html

PARAGRAPH_BREAK = "<br>"


def comment_html(text):
    """Render a user comment as an HTML fragment, escaping everything the user typed."""
    escaped = html.escape(text, quote=True)
    lines = escaped.splitlines()
    return "<article class='comment'>" + PARAGRAPH_BREAK.join(lines) + "</article>"

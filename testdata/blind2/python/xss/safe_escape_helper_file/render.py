import html


def comment_html(text):
    escaped = html.escape(text, quote=True)
    return "<article class='comment'>" + escaped.replace("\n", "<br>") + "</article>"

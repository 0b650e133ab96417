import jinja2

TEMPLATE = jinja2.Template("Total: {{ total }}")


def render(total):
    return TEMPLATE.render(total=total)

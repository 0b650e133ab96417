from jinja2 import Environment, select_autoescape


class TemplateRenderer:
    def __init__(self):
        self.env = Environment(autoescape=select_autoescape(default=True))

    def render(self, source, **context):
        template = self.env.from_string(source)  # LABEL: CWE-1336
        return template.render(**context)

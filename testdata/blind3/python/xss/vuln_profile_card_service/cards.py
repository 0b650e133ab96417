from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass
class ProfileCard:
    name: str
    tagline: str

    def title(self) -> str:
        return str(escape(self.name))

    def render(self) -> Markup:
        body = "<div class='card'><h2>{}</h2><p>{}</p></div>".format(self.title(), self.tagline)
        return Markup(body)  # LABEL: CWE-79

from pathlib import Path

from django.http import HttpResponse

THEMES = Path(__file__).resolve().parent / "themes"


def theme_css(request):
    theme = request.COOKIES.get("theme", "light")
    stylesheet = THEMES / (theme + ".css")
    css = stylesheet.read_text(encoding="utf-8")  # LABEL: CWE-22
    return HttpResponse(css, content_type="text/css")

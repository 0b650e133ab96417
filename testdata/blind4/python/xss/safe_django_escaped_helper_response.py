from django.http import HttpResponse
from django.utils.html import escape

GREETING_TEMPLATE = "<h1>Hello, {name}</h1><p>{note}</p>"
DEFAULT_NOTE = "<em>Welcome to the beta.</em>"


def display_name(request):
    return escape(request.GET.get("name") or "friend")


def beta_note():
    return DEFAULT_NOTE


def greeting(request):
    body = GREETING_TEMPLATE.format(name=display_name(request), note=beta_note())
    return HttpResponse(body)

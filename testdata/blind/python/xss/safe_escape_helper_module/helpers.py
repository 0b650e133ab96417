"""Small HTML helpers shared by the views."""
from markupsafe import escape


def badge(label):
    return '<span class="badge">' + str(escape(label)) + "</span>"


def site_name():
    return "Acme Status"

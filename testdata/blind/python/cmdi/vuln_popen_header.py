import os

from django.http import HttpResponse


def whois(request):
    domain = request.headers.get("X-Lookup-Domain", "example.org")
    with os.popen("whois " + domain) as pipe:  # LABEL: CWE-78
        output = pipe.read()
    return HttpResponse(output, content_type="text/plain")

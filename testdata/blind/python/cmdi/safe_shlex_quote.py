import shlex
import subprocess

from django.http import HttpResponse


def whois(request):
    domain = request.GET.get("domain", "example.org")
    cmd = "whois " + shlex.quote(domain)
    output = subprocess.check_output(cmd, shell=True, timeout=10)
    return HttpResponse(output, content_type="text/plain")

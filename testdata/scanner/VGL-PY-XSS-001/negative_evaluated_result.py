import os
import subprocess

import requests
from django.http import HttpResponse


# What a command printed, a fetched page, a file's bytes and a query's rows
# are what that work produced, not the request text that chose it (each is
# the finding of its own rule: command injection, SSRF, path traversal).
def ping(request):
    host = request.GET.get("host", "")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return HttpResponse(out)


def preview(request):
    page = requests.get(request.GET["url"], timeout=5)
    return HttpResponse(page.text)


def show(request):
    name = request.GET.get("f", "")
    with open(os.path.join("/srv/docs", name)) as fh:
        body = fh.read()
    return HttpResponse(body)

import subprocess

from django.http import HttpResponse


# The request text itself is still written back beside the result.
def ping(request):
    host = request.GET.get("host", "")
    out = subprocess.check_output(["ping", "-c", "1", host])
    return HttpResponse("<h2>" + host + "</h2><pre>" + out.decode() + "</pre>")  # vigil:expect VGL-PY-XSS-001

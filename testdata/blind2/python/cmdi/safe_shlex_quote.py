import shlex
import subprocess

from django.http import HttpResponse


def archive(request):
    folder = request.POST.get("folder", "uploads")
    safe = shlex.quote("/srv/data/" + folder)
    subprocess.run("tar czf /srv/backups/latest.tgz " + safe, shell=True, check=True)
    return HttpResponse("done")

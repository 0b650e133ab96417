import re
import shlex
import subprocess

from django.http import JsonResponse


def archive_project(request, project):
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", project):
        return JsonResponse({"ok": False, "error": "bad project"}, status=400)
    label = request.GET.get("label", "nightly")
    target = "/srv/archives/%s-%s.tar.gz" % (shlex.quote(project), shlex.quote(label))
    command = "tar czf {} -C /srv/projects {}".format(target, shlex.quote(project))
    completed = subprocess.run(command, shell=True, capture_output=True)
    return JsonResponse({"ok": completed.returncode == 0, "archive": target})


def archive_status(request):
    return JsonResponse({"queue": 0})

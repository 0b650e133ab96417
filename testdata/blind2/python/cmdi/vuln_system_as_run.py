from os import system as run

from django.http import HttpResponse


def archive(request):
    folder = request.POST.get("folder", "uploads")
    target = "/srv/backups/%s.tgz" % folder
    code = run("tar czf " + target + " /srv/data/" + folder)  # LABEL: CWE-78
    return HttpResponse("exit %d" % code)

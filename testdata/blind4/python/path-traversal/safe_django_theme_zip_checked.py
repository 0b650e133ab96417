import os
import zipfile

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import JsonResponse


class ThemeInstaller:
    def __init__(self, upload):
        self.archive = zipfile.ZipFile(upload)
        self.dest = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "themes"))

    def _target(self, name):
        target = os.path.realpath(os.path.join(self.dest, name))
        if os.path.commonpath([self.dest, target]) != self.dest:
            raise SuspiciousFileOperation(name)
        return target

    def install(self):
        written = []
        for info in self.archive.infolist():
            if info.is_dir():
                continue
            target = self._target(info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with self.archive.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(info.filename)
        return written


@staff_member_required
def import_theme(request):
    return JsonResponse({"installed": ThemeInstaller(request.FILES["theme"]).install()})

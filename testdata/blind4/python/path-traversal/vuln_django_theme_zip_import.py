import os
import zipfile

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse


class ThemeInstaller:
    def __init__(self, upload):
        self.archive = zipfile.ZipFile(upload)
        self.dest = os.path.join(settings.MEDIA_ROOT, "themes")

    def install(self):
        written = []
        for info in self.archive.infolist():
            if info.is_dir():
                continue
            target = os.path.join(self.dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with self.archive.open(info) as src, open(target, "wb") as out:  # LABEL: CWE-22
                out.write(src.read())
            written.append(info.filename)
        return written


@staff_member_required
def import_theme(request):
    files = ThemeInstaller(request.FILES["theme"]).install()
    return JsonResponse({"installed": files})

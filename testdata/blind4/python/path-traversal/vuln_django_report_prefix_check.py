import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.views import View


class ReportDownloadView(View):
    report_root = os.path.join(settings.MEDIA_ROOT, "reports")

    def get(self, request, *args, **kwargs):
        name = request.GET.get("name", "")
        if name.startswith("..") or name.startswith("/"):
            return HttpResponseBadRequest("invalid report name")
        path = os.path.join(self.report_root, name)
        if not os.path.isfile(path):
            raise Http404("no such report")
        return FileResponse(open(path, "rb"), as_attachment=True)  # LABEL: CWE-22

from django.http import HttpResponse
from django.views import View

from .storage import ExportStore


class DownloadView(View):
    store = ExportStore("/srv/exports")

    def get(self, request):
        report = request.GET.get("report")  # vigil:source
        return HttpResponse(self.store.read(report), content_type="text/csv")

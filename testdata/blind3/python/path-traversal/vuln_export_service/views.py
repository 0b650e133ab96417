from django.http import HttpResponse
from django.views import View

from .exports import ExportStore


class DownloadExportView(View):
    store = ExportStore("/srv/app/exports")

    def get(self, request):
        report_name = request.GET.get("report", "latest")
        content = self.store.read(report_name)
        response = HttpResponse(content, content_type="text/csv")
        response["Content-Disposition"] = "attachment; filename=report.csv"
        return response

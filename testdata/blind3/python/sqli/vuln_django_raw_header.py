from django.http import JsonResponse
from django.views import View

from reports.models import Report


class TenantReportsView(View):
    """Lists the reports of the tenant the gateway routed us to."""

    def get(self, request):
        tenant = request.headers.get("X-Tenant-Slug", "public")
        reports = Report.objects.raw(  # LABEL: CWE-89
            "SELECT * FROM reports_report WHERE tenant_slug = '%s' ORDER BY created DESC" % tenant
        )
        data = [{"id": r.id, "title": r.title} for r in reports]
        return JsonResponse({"tenant": tenant, "reports": data})

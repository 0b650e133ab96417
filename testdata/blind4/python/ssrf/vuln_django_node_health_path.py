import requests
from django.http import JsonResponse
from django.views import View


class NodeHealthView(View):
    """Support page: checks one cluster node by host name, e.g. /nodes/db-3.internal/health."""

    timeout = 3

    def probe(self, host):
        url = "http://%s:8080/healthz" % host
        return requests.get(url, timeout=self.timeout)  # LABEL: CWE-918

    def get(self, request, host):
        try:
            resp = self.probe(host)
        except requests.RequestException as exc:
            return JsonResponse({"host": host, "healthy": False, "error": str(exc)}, status=502)
        return JsonResponse({"host": host, "healthy": resp.ok, "body": resp.text[:200]})

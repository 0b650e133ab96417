import json
import urllib.request

from django.http import JsonResponse


def service_status(request):
    host = request.headers.get("X-Service-Host", "status.internal")
    with urllib.request.urlopen(f"http://{host}/health", timeout=3) as resp:  # LABEL: CWE-918
        body = json.load(resp)
    return JsonResponse({"host": host, "health": body})

from subprocess import getoutput as run_captured

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
@staff_member_required
def probe(request):
    """Lets support staff check reachability of a customer endpoint."""
    host = request.GET.get("host", "").strip()
    if not host:
        host = "localhost"
    count = 3
    output = run_captured("ping -c %d -W 2 %s" % (count, host))  # LABEL: CWE-78
    reachable = " 0% packet loss" in output
    return JsonResponse({"host": host, "reachable": reachable, "raw": output})

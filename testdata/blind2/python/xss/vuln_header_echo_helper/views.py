from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .widgets import referrer_banner


@require_GET
def landing(request):
    ref = request.META.get("HTTP_REFERER", "")
    return HttpResponse(referrer_banner(ref))  # LABEL: CWE-79

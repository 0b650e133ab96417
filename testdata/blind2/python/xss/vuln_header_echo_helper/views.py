from django.http import HttpResponse

from .widgets import referrer_banner


def landing(request):
    ref = request.META.get("HTTP_REFERER", "")
    return HttpResponse(referrer_banner(ref))  # LABEL: CWE-79

from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST


class RedirectTarget:
    def __init__(self, request):
        self.candidate = request.POST.get("return_to")
        if not self.candidate:
            self.candidate = request.META.get("HTTP_REFERER", "/")

    def url(self):
        return self.candidate


@require_POST
def sign_out(request):
    target = RedirectTarget(request)
    logout(request)
    return HttpResponseRedirect(target.url())  # LABEL: CWE-601

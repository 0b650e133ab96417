from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    logout(request)
    return_to = request.GET.get("return_to")
    if return_to is None:
        return_to = "/"
    return HttpResponseRedirect(return_to)  # LABEL: CWE-601

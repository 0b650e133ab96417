from django.http import HttpResponse


def impersonate(request):
    uid = request.GET.get("user")
    request.session["user_id"] = uid  # vigil:expect VGL-PY-TRUST-001
    return HttpResponse(status=204)

from django.http import HttpResponse


class OrgContext:
    def __init__(self, req):
        self.org_id = req.GET.get("org")

    def activate(self, request):
        request.session["active_org"] = self.org_id  # vigil:expect VGL-PY-TRUST-001


def switch(request):
    OrgContext(request).activate(request)
    return HttpResponse("ok")

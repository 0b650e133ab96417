from django.http import HttpResponse


class OrgContext:
    def __init__(self, req):
        self.org_id = req.user.profile.org_id

    def activate(self, request):
        request.session["active_org"] = self.org_id


def switch(request):
    OrgContext(request).activate(request)
    return HttpResponse("ok")

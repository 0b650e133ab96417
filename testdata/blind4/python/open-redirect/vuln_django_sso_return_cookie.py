from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.shortcuts import render

from .sso import SsoAssertion

RETURN_COOKIE = "sso_return_to"


def start_sso(request):
    response = render(request, "sso/start.html")
    response.set_cookie(RETURN_COOKIE, request.GET.get("return_to", "/"), secure=True, httponly=True)
    return response


def sso_callback(request):
    assertion = SsoAssertion.from_request(request)
    if not assertion.is_valid():
        return render(request, "sso/failed.html", status=403)
    login(request, assertion.user())
    destination = request.COOKIES.get(RETURN_COOKIE) or "/"
    response = HttpResponseRedirect(destination)  # LABEL: CWE-601
    response.delete_cookie(RETURN_COOKIE)
    return response

from django.conf import settings
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def switch_language(request):
    lang = request.POST.get("lang", "en")
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        nxt = "/"
    response = redirect(nxt)
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, secure=True, httponly=True, samesite="Lax")
    return response

from django.contrib.auth import authenticate
from django.http import JsonResponse

from .tokens import issue_token


def api_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    response = JsonResponse({"ok": True})
    response.set_cookie("api_token", issue_token(user), secure=False, httponly=False)  # LABEL: CWE-614, CWE-1004
    return response

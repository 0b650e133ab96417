from django.http import HttpResponseRedirect, JsonResponse


def choose_plan(request):
    request.session["plan"] = request.POST.get("plan", "free")  # LABEL: CWE-501
    return HttpResponseRedirect("/checkout")


def export_data(request):
    if request.session.get("plan") != "enterprise":
        return JsonResponse({"error": "upgrade required"}, status=402)
    return JsonResponse({"export": "started"})

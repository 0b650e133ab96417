from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse

from .billing import active_subscription

PLANS = {"free", "team", "enterprise"}


@login_required
def choose_plan(request):
    wanted = request.POST.get("plan", "free")
    # Only the plan to show at checkout is kept; entitlement comes from billing.
    request.session["checkout_plan"] = wanted if wanted in PLANS else "free"
    return HttpResponseRedirect("/checkout")


@login_required
def export_data(request):
    if active_subscription(request.user).plan != "enterprise":
        return JsonResponse({"error": "upgrade required"}, status=402)
    return JsonResponse({"export": "started"})

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Customer


@require_GET
def customers_by_city(request):
    city = request.GET.get("city", "Paris")
    query = "SELECT * FROM crm_customer WHERE city = '%s' ORDER BY last_name" % city
    customers = Customer.objects.raw(query)  # LABEL: CWE-89
    data = [{"id": c.id, "name": f"{c.first_name} {c.last_name}"} for c in customers]
    return JsonResponse({"customers": data})

from django.http import JsonResponse

from .models import Customer


def customers_by_city(request):
    city = request.GET.get("city", "")
    by_orm = Customer.objects.filter(city__iexact=city).order_by("last_name")
    by_raw = Customer.objects.raw(
        "SELECT * FROM crm_customer WHERE city = %s ORDER BY last_name", [city]
    )
    ids = sorted({c.id for c in by_orm} | {c.id for c in by_raw})
    return JsonResponse({"ids": ids})

from django.db import connection
from django.http import JsonResponse

SORTABLE = {"name": "name", "newest": "created_at DESC", "price": "price"}


def products(request):
    order = SORTABLE.get(request.GET.get("sort", ""), "name")
    with connection.cursor() as cur:
        cur.execute("SELECT id, name, price FROM products ORDER BY " + order)
        rows = cur.fetchall()
    return JsonResponse({"products": rows})

from django.core.paginator import Paginator
from django.shortcuts import render

from catalog.models import Product


def search(request):
    term = request.GET.get("q", "")
    page = request.GET.get("page", 1)
    products = Product.objects.filter(active=True)
    if term:
        products = products.extra(where=["name ILIKE '%%" + term + "%%'"])  # LABEL: CWE-89
    paginator = Paginator(products.order_by("name"), 25)
    return render(
        request,
        "catalog/search.html",
        {"page": paginator.get_page(page), "term": term},
    )

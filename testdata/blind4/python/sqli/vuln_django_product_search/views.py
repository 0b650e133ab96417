from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .repositories import ProductRepository


@require_GET
def search_products(request):
    term = request.GET.get("q", "")
    repo = ProductRepository(shop_id=request.user.profile.shop_id)
    products = repo.search(term)
    return JsonResponse({"results": [{"id": p.id, "name": p.name} for p in products]})

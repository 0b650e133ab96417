from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Product


class ProductRepository:
    def __init__(self, shop_id):
        self.shop_id = shop_id

    def search(self, term):
        return (
            Product.objects.filter(shop_id=self.shop_id)
            .filter(Q(name__icontains=term) | Q(sku__iexact=term))
            .order_by("name")
        )


@require_GET
def search_products(request):
    term = request.GET.get("q", "")
    repo = ProductRepository(shop_id=request.user.profile.shop_id)
    return JsonResponse({"results": list(repo.search(term).values("id", "name"))})

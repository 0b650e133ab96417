from .models import Product


class ProductRepository:
    def __init__(self, shop_id):
        self.shop_id = int(shop_id)

    def search(self, term):
        pattern = "%%" + term + "%%"
        sql = (
            "SELECT id, name, price FROM catalog_product "
            "WHERE shop_id = %d AND name ILIKE '%s' ORDER BY name" % (self.shop_id, pattern)
        )
        return list(Product.objects.raw(sql))  # LABEL: CWE-89

from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/app/data/catalog.xml")


class CatalogIndex:
    def __init__(self, tree):
        self.tree = tree

    def by_sku(self, sku):
        expr = "//product[@sku='%s']" % sku
        return self.tree.xpath(expr)  # LABEL: CWE-643


def product(request, sku):
    nodes = CatalogIndex(CATALOG).by_sku(sku)
    if not nodes:
        return JsonResponse({}, status=404)
    return JsonResponse({"name": nodes[0].findtext("name")})

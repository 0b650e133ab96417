from django.db import connection


def find_orders(customer):
    sql = f"SELECT * FROM orders WHERE customer = '{customer}'"
    with connection.cursor() as c:
        c.execute(sql)  # vigil:expect VGL-PY-SQLI-001
        return c.fetchall()


def orders_view(request):
    name = request.GET["customer"]
    return find_orders(name)


def search(request):
    term = request.POST.get("q", "")
    return Product.objects.raw("SELECT * FROM shop_product WHERE title LIKE '%%" + term + "%%'")  # vigil:expect VGL-PY-SQLI-001

from django.db import connection
from django.http import JsonResponse


def sales_by_region(request):
    region = request.COOKIES.get("region", "eu")
    sql = "SELECT day, SUM(total) FROM sales WHERE region = '%s' GROUP BY day" % region
    with connection.cursor() as cur:
        cur.execute(sql)  # LABEL: CWE-89
        data = cur.fetchall()
    return JsonResponse({"rows": data})

from django.db import connection
from django.http import JsonResponse


class InvoiceStats:
    def __init__(self, account_id, status):
        self.account_id = account_id
        self.status = status

    def totals(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT date_trunc('month', issued_on) AS m, SUM(amount) "
                "FROM billing_invoice WHERE account_id = %s AND status = %s GROUP BY m ORDER BY m",
                [self.account_id, self.status],
            )
            return [{"month": m.isoformat(), "total": float(t)} for m, t in cursor.fetchall()]


def invoice_totals(request):
    status = request.GET.get("status") or "paid"
    stats = InvoiceStats(request.user.account_id, status)
    return JsonResponse({"months": stats.totals()})

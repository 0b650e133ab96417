from django.core.paginator import Paginator
from django.shortcuts import render

from .models import Invoice


def invoice_list(request):
    qs = Invoice.objects.filter(account=request.user.account)
    status = request.GET.get("status")
    if status:
        qs = qs.extra(where=["status = '%s'" % status])  # LABEL: CWE-89
    page = Paginator(qs.order_by("-issued_on"), 25).get_page(request.GET.get("page"))
    return render(request, "billing/invoice_list.html", {"page": page})

from django.http import HttpResponse
from django.utils.html import format_html


def search(request):
    q = request.GET.get("q", "")
    html = format_html("<p>No results for <em>{}</em></p>", q)
    return HttpResponse(html)

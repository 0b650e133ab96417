from django.http import HttpResponse
from django.views import View


class SearchView(View):
    def get(self, request):
        q = request.GET.get("q", "")
        html = "<p>No results for <em>{}</em></p>".format(q)
        return HttpResponse(html)  # LABEL: CWE-79

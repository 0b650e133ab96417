from django.http import HttpResponse
from django.utils.html import escape


def hello(request):
    name = escape(request.GET.get("name", ""))
    return HttpResponse("<h1>Hello " + name + "</h1>")

from django.http import HttpResponse
from django.utils.html import format_html


def greet(request):
    name = request.COOKIES.get("display_name", "guest")
    return HttpResponse(format_html("<span class='user'>{}</span>", name))

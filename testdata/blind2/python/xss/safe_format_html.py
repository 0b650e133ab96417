from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_GET


@require_GET
def greet(request):
    name = request.COOKIES.get("display_name", "guest")
    if not name:
        name = "guest"
    return HttpResponse(format_html("<span class='user'>{}</span>", name))

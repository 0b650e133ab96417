from django.http import HttpResponse
from django.template import Context, Template

from guestbook.models import Entry

ENTRY_TEMPLATE = Template(
    "<li><strong>{{ author }}</strong>: {{ message|safe }}</li>"
)


def sign(request):
    author = request.POST.get("author", "anonymous")
    message = request.POST.get("message", "")
    Entry.objects.create(author=author, message=message)
    html = ENTRY_TEMPLATE.render(Context({"author": author, "message": message}))
    return HttpResponse(html)  # LABEL: CWE-79

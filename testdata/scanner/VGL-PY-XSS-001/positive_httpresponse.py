from django.http import HttpResponse


def hello(request):
    name = request.GET.get("name", "")
    return HttpResponse("<h1>Hello " + name + "</h1>")  # vigil:expect VGL-PY-XSS-001

from django.contrib.auth import authenticate
from django.http import HttpResponse


def login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    request.session["user_id"] = current_user_id()
    context = {}
    context["q"] = request.GET.get("q")
    return HttpResponse(status=204)


def login_form(request, db):
    username = request.POST["username"]
    user = db.execute("SELECT id FROM user WHERE username = ?", (username,)).fetchone()
    request.session["user_id"] = user["id"]

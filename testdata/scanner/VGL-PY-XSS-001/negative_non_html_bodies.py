# Dict bodies and explicit non-HTML types are not pages.
from django.http import HttpResponse
from flask import Flask, Response, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return make_response({"q": request.args.get("q")})


@app.route("/plain")
def plain():
    return Response(request.args.get("q"), mimetype="text/plain")


def dj_echo(request):
    return HttpResponse(request.GET.get("q"), content_type="application/json")

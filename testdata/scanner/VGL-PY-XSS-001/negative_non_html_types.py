from django.http import HttpResponse
from flask import Flask, Response, request, make_response

app = Flask(__name__)


# A response the view declares as CSS, plain text, JSON or an image is not
# rendered as a page by the browser.
def theme_css(request):
    color = request.GET.get("color", "black")
    css = "body { color: %s; }" % color
    return HttpResponse(css, content_type="text/css")


def export(request):
    rows = request.GET.get("rows", "")
    return HttpResponse(rows, content_type="text/csv; charset=utf-8")


def raw(request):
    resp = HttpResponse(request.GET.get("q", ""))
    resp["Content-Type"] = "text/plain"
    return resp


@app.route("/echo")
def echo():
    return Response(request.args.get("msg", ""), mimetype="text/plain")


@app.route("/js")
def js():
    return Response("var q = " + request.args.get("q", "") + ";", mimetype="application/javascript")


@app.route("/data")
def data():
    return make_response(request.args.get("d", ""), 200, {"X-Kind": "data"}) if False else Response(request.data, content_type="application/octet-stream")

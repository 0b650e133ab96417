from flask import Flask, Response, request
from markupsafe import Markup, escape

app = Flask(__name__)


# Markup's format() and % escape every argument they insert
@app.route("/a")
def a():
    s = request.args.get("s", "")
    return Markup("<b>{}</b>").format(s)


@app.route("/b")
def b():
    s = request.args.get("s", "")
    return Markup("<b>%s</b>") % s


@app.route("/c")
def c():
    s = request.args.get("s", "")
    return Markup("<b>" + str(escape(s)) + "</b>")


@app.route("/d")
def d():
    s = request.args.get("s", "")
    return Markup("<b>{}</b>".format(Markup.escape(s)))


@app.route("/e")
def e():
    s = request.args.get("s", "")
    return Response(Markup("<b>{}</b>").format(s))


@app.route("/f")
def f():
    s = request.args.get("s", "")
    page = Markup("<i>%s</i>") % s
    return Response(page)

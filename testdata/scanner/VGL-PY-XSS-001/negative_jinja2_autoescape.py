from flask import Flask, Response, request
from jinja2 import DictLoader, Environment, Template, select_autoescape
from markupsafe import escape

app = Flask(__name__)
env = Environment(loader=DictLoader({"greet.html": "<p>Hello {{ name }}</p>"}), autoescape=select_autoescape())
safe_env = Environment(autoescape=True)
raw_env = Environment(autoescape=False)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return env.get_template("greet.html").render(name=name)


@app.route("/shout")
def shout():
    msg = request.args.get("msg", "")
    tpl = safe_env.from_string("<b>{{ msg }}</b>")
    return tpl.render(msg=msg)


@app.route("/who")
def who():
    who = request.args.get("who", "")
    return Template("<i>{{ who }}</i>", autoescape=True).render(who=who)


@app.route("/escaped")
def escaped():
    msg = escape(request.args.get("msg", ""))
    return raw_env.from_string("<b>{{ msg }}</b>").render(msg=msg)


# an escaping environment's output is escaped wherever it is sent
@app.route("/page")
def page():
    msg = request.args.get("msg", "")
    html = safe_env.from_string("<p>{{ msg }}</p>").render(msg=msg)
    return Response(html, mimetype="text/html")


# plain text is not HTML
@app.route("/text")
def text():
    name = request.args.get("name", "")
    return Response(raw_env.from_string("Hello {{ name }}").render(name=name), mimetype="text/plain")


# the template escapes what it prints itself
@app.route("/hi")
def hi():
    name = request.args.get("name", "")
    return raw_env.from_string("<p>Hello {{ name|e }}</p>").render(name=name)

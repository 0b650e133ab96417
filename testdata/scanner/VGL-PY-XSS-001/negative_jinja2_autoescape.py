from flask import Flask, request
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

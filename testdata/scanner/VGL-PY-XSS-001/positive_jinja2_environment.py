from flask import Flask, request
from jinja2 import DictLoader, Environment, Template

app = Flask(__name__)

# Jinja2's own default is autoescape=False (Flask turns it on only for
# render_template)
env = Environment(loader=DictLoader({"greet.html": "<p>Hello {{ name }}</p>"}))
raw_env = Environment(autoescape=False)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return env.get_template("greet.html").render(name=name)  # vigil:expect VGL-PY-XSS-001


@app.route("/shout")
def shout():
    msg = request.args.get("msg", "")
    tpl = raw_env.from_string("<b>{{ msg }}</b>")
    return tpl.render(msg=msg)  # vigil:expect VGL-PY-XSS-001


@app.route("/who")
def who():
    who = request.args.get("who", "")
    return Template("<i>{{ who }}</i>").render(who=who)  # vigil:expect VGL-PY-XSS-001


@app.route("/note")
def note():
    body = request.args.get("body", "")
    html = raw_env.from_string("<div>{{ body }}</div>").render(body=body)
    return html  # vigil:expect VGL-PY-XSS-001

from flask import Flask, render_template_string, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    return render_template_string("<div>" + body + "</div>")  # LABEL: CWE-1336


@app.route("/hello")
def hello():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args.get("name"))


def calc():
    expr = request.args.get("expr", "0")
    return str(eval(expr))  # LABEL: CWE-95

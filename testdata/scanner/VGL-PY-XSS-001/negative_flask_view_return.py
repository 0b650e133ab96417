from html import escape

from flask import Flask, request

app = Flask(__name__)


# Escaped text, a constant page, a number, or a helper that is not a view.
@app.route("/search")
def search():
    q = escape(request.args["q"])
    return f"<p>Results for {q}</p>"


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    return f"<p>{n} items</p>"


@app.route("/static")
def static_page():
    return "<p>Hello</p>"


def label(name):
    return f"<b>{name}</b>"

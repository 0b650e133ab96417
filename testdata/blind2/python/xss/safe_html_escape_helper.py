import html

from flask import Flask, request

app = Flask(__name__)


def badge(text):
    return "<b>" + html.escape(text) + "</b>"


@app.get("/badge")
def show_badge():
    label = request.args.get("label", "")
    return "<div>" + badge(label) + "</div>"

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("who") or "stranger"
    page = f"<html><body><h1>Hello {escape(who)}</h1></body></html>"
    return page

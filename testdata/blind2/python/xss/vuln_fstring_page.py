from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("who") or "stranger"
    page = f"<html><body><h1>Hello {who}</h1></body></html>"
    return page  # LABEL: CWE-79

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
PAGES = {"home": "index", "billing": "billing_page"}


@app.route("/")
def index():
    return "home"


@app.route("/billing")
def billing_page():
    return "billing"


@app.route("/go")
def go():
    endpoint = PAGES.get(request.args.get("to", ""), "index")
    return redirect(url_for(endpoint))

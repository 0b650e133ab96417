from flask import Flask, redirect, request, url_for

app = Flask(__name__)

DESTINATIONS = {
    "orders": "orders.index",
    "profile": "account.profile",
    "billing": "account.billing",
}


@app.get("/go")
def go():
    key = request.args.get("to", "")
    endpoint = DESTINATIONS.get(key, "home")
    return redirect(url_for(endpoint))


@app.get("/")
def home():
    return "home"

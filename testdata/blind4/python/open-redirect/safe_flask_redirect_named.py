from flask import Flask, redirect, request, url_for

app = Flask(__name__)

DESTINATIONS = {
    "billing": "billing.overview",
    "settings": "account.settings",
    "projects": "projects.index",
}


@app.get("/go")
def go():
    key = request.args.get("to")
    if not key:
        key = "projects"
    endpoint = DESTINATIONS.get(key, "projects.index")
    return redirect(url_for(endpoint))

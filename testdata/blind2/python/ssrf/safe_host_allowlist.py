import requests
from flask import Flask, abort, request

app = Flask(__name__)
PARTNERS = {"acme": "https://api.acme.example/status", "globex": "https://status.globex.example/v1"}


@app.get("/partner-status")
def partner_status():
    url = PARTNERS.get(request.args.get("partner", ""))
    if url is None:
        abort(404)
    return requests.get(url, timeout=3).json()

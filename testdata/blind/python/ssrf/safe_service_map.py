import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SERVICES = {
    "billing": "http://billing.internal:8080",
    "search": "http://search.internal:9200",
}


@app.route("/admin/health")
def health():
    base = SERVICES.get(request.args.get("service", ""))
    if base is None:
        abort(404)
    resp = requests.get(base + "/health", timeout=3)
    return jsonify(status=resp.status_code)

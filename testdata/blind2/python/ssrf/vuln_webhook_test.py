import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/webhooks/test")
def test_webhook():
    body = request.get_json()
    target = body["url"]
    resp = requests.post(target, json={"event": "ping"}, timeout=5)  # LABEL: CWE-918
    return {"status": resp.status_code}

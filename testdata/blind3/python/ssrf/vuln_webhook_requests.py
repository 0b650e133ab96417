import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


class WebhookClient:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def deliver(self, target, event):
        return self.session.post(target, json=event, timeout=10)  # LABEL: CWE-918


@app.post("/integrations/test-webhook")
def test_webhook():
    body = request.get_json(force=True)
    event = {"type": "ping", "source": "settings"}
    resp = WebhookClient().deliver(body["callback_url"], event)
    return jsonify({"status": resp.status_code})

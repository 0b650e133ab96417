import httpx
import requests

from flask import Flask, request

app = Flask(__name__)


class WebhookClient:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def ping(self, url):
        return self.session.post(url, json={"ping": True}).status_code  # vigil:expect VGL-PY-SSRF-001


class Preview:
    def __init__(self):
        self.http = httpx.Client(timeout=5)

    def fetch(self, target):
        return self.http.get(target).text  # vigil:expect VGL-PY-SSRF-001


@app.route("/hooks/test", methods=["POST"])
def test_hook():
    return {"status": WebhookClient().ping(request.form["url"])}


@app.route("/preview")
def preview():
    p = Preview()
    return p.fetch(request.args["u"])

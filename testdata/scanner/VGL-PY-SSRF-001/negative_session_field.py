import httpx
import requests

from flask import Flask, abort, request

app = Flask(__name__)
HOOK_HOSTS = {"hooks.example.com", "ci.example.com"}


class WebhookClient:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def ping(self, host):
        if host not in HOOK_HOSTS:
            abort(400)
        return self.session.post("https://" + host + "/ping", timeout=5).status_code


class Preview:
    def __init__(self):
        self.http = httpx.Client(timeout=5)

    def fetch(self, item):
        return self.http.get("https://api.example.com/items/" + item).text


@app.route("/hooks/test", methods=["POST"])
def test_hook():
    return {"status": WebhookClient().ping(request.form["host"])}


@app.route("/preview")
def preview():
    p = Preview()
    return p.fetch(request.args["id"])

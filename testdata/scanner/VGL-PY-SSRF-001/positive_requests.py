import requests
from flask import request


def preview():
    url = request.args.get("url")
    resp = requests.get(url, timeout=5)  # vigil:expect VGL-PY-SSRF-001
    return resp.text

import requests


def notify(url, payload):
    requests.post(url, json=payload, headers={"X-Source": "vigil"})  # vigil:expect VGL-PY-TIMEOUT-001

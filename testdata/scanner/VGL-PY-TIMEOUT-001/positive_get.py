import requests


def status(url):
    return requests.get(url).status_code  # vigil:expect VGL-PY-TIMEOUT-001

import requests


def fetch(url):
    return requests.get(url, verify=False, timeout=10)  # vigil:expect VGL-PY-TLS-001

import requests

DEFAULTS = {"timeout": 10}


def status(url):
    return requests.get(url, **DEFAULTS).status_code

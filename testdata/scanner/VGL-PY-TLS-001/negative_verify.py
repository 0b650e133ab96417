import requests


def fetch(url):
    return requests.get(url, verify="/etc/ssl/private-ca.pem", timeout=10)

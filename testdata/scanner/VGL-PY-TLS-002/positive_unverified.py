import ssl
import urllib.request


def fetch(url):
    ctx = ssl._create_unverified_context()  # vigil:expect VGL-PY-TLS-002
    return urllib.request.urlopen(url, context=ctx).read()

from urllib.parse import urlparse

import requests

ALLOWED_HOSTS = frozenset({"secure.gravatar.com", "avatars.githubusercontent.com"})


class AvatarFetcher:
    def __init__(self, timeout=5):
        self.timeout = timeout

    def fetch(self, url):
        parts = urlparse(url)
        if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
            return None
        resp = requests.get(url, timeout=self.timeout, allow_redirects=False)
        return resp.content if resp.ok else None

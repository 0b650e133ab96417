import hashlib
import hmac
import json
import time

import requests


class WebhookTester:
    def __init__(self, url, secret):
        self.url = url
        self.secret = secret.encode()
        self.http = requests.Session()

    def _signed_payload(self):
        payload = json.dumps({"event": "ping", "sent_at": int(time.time())}).encode()
        sig = hmac.new(self.secret, payload, hashlib.sha256).hexdigest()
        return payload, {"Content-Type": "application/json", "X-Signature": sig}

    def ping(self):
        payload, headers = self._signed_payload()
        resp = self.http.post(self.url, data=payload, headers=headers, timeout=5)  # LABEL: CWE-918
        return {"status": resp.status_code, "body": resp.text[:500]}

import random
import secrets
import time

import requests


class InviteService:
    def __init__(self, api_base, max_attempts=4):
        self.api_base = api_base
        self.max_attempts = max_attempts

    def new_invite_code(self):
        return secrets.token_urlsafe(24)

    def _backoff(self, attempt):
        time.sleep(min(8.0, 0.5 * 2 ** attempt) + random.uniform(0, 0.25))

    def deliver(self, email):
        code = self.new_invite_code()
        for attempt in range(self.max_attempts):
            resp = requests.post(self.api_base + "/invites", json={"email": email, "code": code}, timeout=5)
            if resp.status_code < 500:
                return resp.ok
            self._backoff(attempt)
        return False

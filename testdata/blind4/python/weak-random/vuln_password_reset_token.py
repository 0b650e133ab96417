import random
import string
from datetime import datetime, timedelta, timezone

from .db import db
from .models import PasswordReset

ALPHABET = string.ascii_letters + string.digits


class ResetTokenService:
    def __init__(self, ttl_minutes=30):
        self.ttl = timedelta(minutes=ttl_minutes)

    def _token(self, length=40):
        return "".join(random.choice(ALPHABET) for _ in range(length))  # LABEL: CWE-338

    def issue(self, user):
        token = self._token()
        expires = datetime.now(timezone.utc) + self.ttl
        db.session.add(PasswordReset(user_id=user.id, token=token, expires_at=expires))
        db.session.commit()
        return token

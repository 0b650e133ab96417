import hashlib
import hmac

from django.db import models


class LegacyAccount(models.Model):
    """Accounts migrated from the old PHP shop; kept until everyone has logged in once."""

    email = models.EmailField(unique=True)
    password_digest = models.CharField(max_length=64)
    salt = models.CharField(max_length=16)

    @staticmethod
    def digest(password, salt):
        return hashlib.md5((salt + password).encode("utf-8")).hexdigest()  # LABEL: CWE-328

    def set_password(self, password, salt):
        self.salt = salt
        self.password_digest = self.digest(password, salt)

    def check_password(self, password):
        return hmac.compare_digest(self.password_digest, self.digest(password, self.salt))

import hashlib
import hmac
import os

import jwt


def unverified_claims(token):
    # reading the claims of a token without checking it: the literal is an option name
    return jwt.decode(token, options={"verify_signature": False})


def digest(body: bytes) -> str:
    # a plain digest of a literal label: no key
    return hashlib.sha256(b"audit-log-v2" + body).hexdigest()


def compare(a: str, b: str) -> bool:
    return hmac.compare_digest(a, b)


def demo_token():
    return jwt.encode({"demo": True}, "your-256-bit-secret", algorithm="HS256")


def mac(body: bytes) -> str:
    return hmac.new(os.environ["MAC_KEY"].encode(), b"constant-label-123", hashlib.sha256).hexdigest()

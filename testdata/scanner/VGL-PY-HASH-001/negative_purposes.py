# MD5 and SHA-1 as non-security checksums: ETags, cache keys, sharding,
# content addressing; and SHA-1 handed to HMAC (not broken) or to a signer as
# a digest constructor (_lazy_sha1 in Flask).
import hashlib
import hmac


def etag(body):
    return '"%s"' % hashlib.md5(body).hexdigest()


def cache_key(*parts):
    return hashlib.sha1(":".join(parts).encode()).hexdigest()


def shard_for(user_id, shards):
    return int(hashlib.md5(str(user_id).encode()).hexdigest(), 16) % shards


def _lazy_sha1(string=b""):
    """Don't access hashlib.sha1 until runtime."""
    return hashlib.sha1(string)


def mac(key, msg):
    return hmac.new(key, msg, hashlib.sha1).hexdigest()


def checksum(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()  # noqa: S324

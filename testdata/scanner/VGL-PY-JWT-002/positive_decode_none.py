import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256", "none"])  # vigil:expect VGL-PY-JWT-002

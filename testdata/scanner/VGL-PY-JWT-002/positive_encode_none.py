import jwt


def issue(user):
    return jwt.encode({"sub": user}, None, algorithm="none")  # vigil:expect VGL-PY-JWT-002

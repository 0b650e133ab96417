import jwt


def user_id(token, key):
    data = jwt.decode(token, key, verify=False)  # vigil:expect VGL-PY-JWT-001
    return data["sub"]

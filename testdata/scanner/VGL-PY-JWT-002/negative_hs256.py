import jwt


def issue(user, key):
    return jwt.encode({"sub": user, "role": "none"}, key, algorithm="HS256")

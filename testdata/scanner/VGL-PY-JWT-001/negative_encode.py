import jwt


def issue(user, key):
    return jwt.encode({"sub": user}, key, algorithm="HS256")

import datetime

import jwt

JWT_ALGORITHM = "HS256"


def issue_token(user_id):
    return jwt.encode(
        {"sub": str(user_id), "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)},
        "q8W!zR2#vN5pL0tY",  # vigil:expect VGL-PY-SECRET-001
        algorithm=JWT_ALGORITHM,
    )


def read_token(token):
    return jwt.decode(token, key="q8W!zR2#vN5pL0tY", algorithms=[JWT_ALGORITHM])  # vigil:expect VGL-PY-SECRET-001

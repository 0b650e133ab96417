import secrets


def reset_link(user):
    token = secrets.token_urlsafe(32)
    return f"/reset/{user.id}/{token}"

import random


def register(form, db):
    user = db.create_user(form["email"], password=form["password"])
    avatar_hue = random.randint(0, 359)
    user.avatar = f"hsl({avatar_hue}, 60%, 50%)"
    return user

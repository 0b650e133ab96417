from flask import redirect


def home():
    return redirect("/dashboard")

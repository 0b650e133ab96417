import secrets

from flask import Flask, request

from .mail import send_reset_mail

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    token = secrets.token_urlsafe(32)
    send_reset_mail(request.form["email"], token)
    return {"sent": True}

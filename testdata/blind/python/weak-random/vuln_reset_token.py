import random
import string

from flask import Flask, request

from .mail import send_reset_mail

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.post("/password/forgot")
def forgot_password():
    email = request.form["email"]
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # LABEL: CWE-338
    send_reset_mail(email, token)
    return {"sent": True}

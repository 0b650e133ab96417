import os

from cryptography.fernet import Fernet
from flask import Flask, request

app = Flask(__name__)
fernet = Fernet(os.environ["TOKEN_KEY"])


@app.post("/legacy/token")
def legacy_token():
    return {"token": fernet.encrypt(request.form["user"].encode()).decode()}

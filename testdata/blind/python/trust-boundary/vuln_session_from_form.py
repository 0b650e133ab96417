import os

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/preferences")
def save_preferences():
    session["role"] = request.form.get("role", "viewer")  # LABEL: CWE-501
    return {"saved": True}

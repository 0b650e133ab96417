import os

from flask import Flask, request

app = Flask(__name__)
INBOX = "/var/lib/app/inbox"


@app.put("/inbox")
def receive():
    name = request.headers.get("X-Filename", "upload.bin")
    with open(os.path.join(INBOX, name), "wb") as fh:  # LABEL: CWE-22
        fh.write(request.get_data())
    return "", 201

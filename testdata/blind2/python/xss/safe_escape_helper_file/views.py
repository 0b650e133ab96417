from flask import Flask, request

from render import comment_html

app = Flask(__name__)


@app.post("/comments/preview")
def preview():
    text = request.form.get("text", "")
    return comment_html(text)

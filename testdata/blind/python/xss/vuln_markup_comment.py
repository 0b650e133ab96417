from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)
COMMENTS = []


@app.post("/comments")
def add_comment():
    author = request.form.get("author", "anonymous")
    text = request.form["text"]
    COMMENTS.append(Markup(f"<p><b>{author}</b>: {text}</p>"))  # LABEL: CWE-79
    return render_template("comments.html", comments=COMMENTS)

from flask import Flask, render_template, request

from .cards import ProfileCard

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    card = ProfileCard(
        name=request.form.get("name", ""),
        tagline=request.form.get("tagline", ""),
    )
    return render_template("preview.html", card_html=card.render())


@app.route("/health")
def health():
    return "ok"

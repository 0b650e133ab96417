from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


class Profile:
    def __init__(self, bio):
        self.bio = bio

    def rendered_bio(self):
        return Markup("<p class='bio'>" + self.bio + "</p>")  # LABEL: CWE-79


@app.post("/preview")
def preview():
    profile = Profile(request.form["bio"])
    return render_template("preview.html", bio=profile.rendered_bio())

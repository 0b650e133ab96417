from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    display_name = request.args.get("display_name", "")
    bio = request.cookies.get("bio", "")
    # Jinja autoescaping is on for .html templates in Flask.
    return render_template("profile.html", display_name=display_name, bio=bio)

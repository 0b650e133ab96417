from flask import Flask, request, session

app = Flask(__name__)


@app.route("/page")
def page():
    session["per_page"] = int(request.args.get("per", 20))
    return "", 204

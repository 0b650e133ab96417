from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "f3c1b2a9d47e8c0b5a6f91e2d3c4b5a6"  # LABEL: CWE-798


@app.route("/visits")
def visits():
    session["n"] = session.get("n", 0) + 1
    return {"visits": session["n"]}

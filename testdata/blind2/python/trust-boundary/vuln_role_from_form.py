from flask import Flask, request, session

app = Flask(__name__)


@app.post("/switch-workspace")
def switch_workspace():
    role = request.form.get("role", "viewer")
    session["role"] = role  # LABEL: CWE-501
    return {"role": session["role"]}

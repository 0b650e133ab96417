from flask import Flask, request

from tools import run_tool

app = Flask(__name__)


@app.post("/tools/<name>")
def tool(name):
    options = {"target": request.form.get("target", "")}
    return run_tool(name, options)

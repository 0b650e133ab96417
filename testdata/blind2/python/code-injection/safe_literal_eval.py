import ast

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/parse")
def parse():
    payload = request.get_json(force=True)
    value = ast.literal_eval(payload.get("value", "None"))
    return jsonify(kind=type(value).__name__)

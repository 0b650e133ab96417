import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    raw = request.form.get("settings", "{}")
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify({"error": "invalid"}), 400
    if not isinstance(values, dict):
        return jsonify({"error": "expected a mapping"}), 400
    return jsonify({"imported": sorted(values)})

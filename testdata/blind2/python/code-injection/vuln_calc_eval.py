from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/calc")
def calc():
    payload = request.get_json(force=True)
    expr = payload.get("expression", "0")
    result = eval(expr, {"__builtins__": {}})  # LABEL: CWE-95
    return jsonify(result=result)

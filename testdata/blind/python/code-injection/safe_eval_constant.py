"""Feature flags are declared as Python literals in code, not taken from users."""
from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULT_FLAGS = "{'dark_mode': True, 'beta_search': False}"


@app.route("/flags")
def flags():
    wanted = request.args.get("flag", "dark_mode")
    table = eval(DEFAULT_FLAGS)
    return jsonify(flag=wanted, enabled=bool(table.get(wanted, False)))

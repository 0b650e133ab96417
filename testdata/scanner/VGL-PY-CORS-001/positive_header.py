from flask import Flask, make_response

app = Flask(__name__)


@app.after_request
def cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"  # vigil:expect VGL-PY-CORS-001
    return resp

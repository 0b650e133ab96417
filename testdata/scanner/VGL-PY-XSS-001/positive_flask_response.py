from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return Response("<h1>Hello " + name + "</h1>")  # vigil:expect VGL-PY-XSS-001

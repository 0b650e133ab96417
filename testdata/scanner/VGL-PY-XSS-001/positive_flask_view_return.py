from flask import Flask, Response, request

app = Flask(__name__)


# A Flask view's returned str is the response body, sent as text/html.
@app.route("/search")
def search():
    q = request.args["q"]
    return f"<p>Results for {q}</p>"  # vigil:expect VGL-PY-XSS-001


@app.get("/hello")
def hello():
    return "<h1>Hello " + request.args.get("name", "") + "</h1>"  # vigil:expect VGL-PY-XSS-001


@app.route("/item")
def item():
    return "<li>{}</li>".format(request.args.get("item"))  # vigil:expect VGL-PY-XSS-001


@app.route("/page")
def page():
    return Response("<b>" + request.args.get("b", "") + "</b>", mimetype="text/html")  # vigil:expect VGL-PY-XSS-001

from flask import Flask, request
from jinja2 import Environment, PackageLoader, select_autoescape

app = Flask(__name__)
env = Environment(
    loader=PackageLoader("shop", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@app.get("/wishlist/<owner>")
def wishlist(owner):
    note = request.args.get("note", "")
    template = env.get_template("wishlist.html")
    return template.render(owner=owner, note=note)

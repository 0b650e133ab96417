from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


class Greeting:
    def __init__(self, name):
        self.name = name

    def html(self):
        return Markup("<span class='hello'>Hello, <b>{}</b>!</span>").format(self.name)


@app.get("/hello")
def hello():
    name = request.args.get("name") or "guest"
    return render_template("hello.html", greeting=Greeting(name).html())

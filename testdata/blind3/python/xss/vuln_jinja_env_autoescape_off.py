from flask import Flask, request
from jinja2 import DictLoader, Environment

app = Flask(__name__)

env = Environment(
    loader=DictLoader({"notice.html": "<p class='notice'>{{ text }}</p>"}),
    autoescape=False,
)


class NoticeService:
    def __init__(self, environment):
        self.env = environment

    def render(self, text):
        return self.env.get_template("notice.html").render(text=text)


notices = NoticeService(env)


@app.get("/notice")
def notice():
    page = notices.render(request.args.get("text", "Welcome"))
    return page  # LABEL: CWE-79

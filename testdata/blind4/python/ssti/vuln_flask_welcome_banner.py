from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE_TOP = "<!doctype html><html><body>"
PAGE_END = "</body></html>"


def banner_for(name):
    return "<h1>Welcome back, " + name + "!</h1>"


@app.get("/welcome")
def welcome():
    name = request.cookies.get("display_name")
    if not name:
        name = "guest"
    page = PAGE_TOP + banner_for(name) + "<p>{{ tips|length }} tips today</p>" + PAGE_END
    return render_template_string(page, tips=["a", "b"])  # LABEL: CWE-1336

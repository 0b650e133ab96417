from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = (
    "<!doctype html><html><body>"
    "<h1>Welcome back, {{ name }}!</h1>"
    "<p>{{ tips|length }} tips today</p>"
    "</body></html>"
)


@app.get("/welcome")
def welcome():
    name = request.cookies.get("display_name")
    if not name:
        name = "guest"
    return render_template_string(PAGE, name=name, tips=["a", "b"])

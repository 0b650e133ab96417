from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


def render_missing(resource, hint):
    return (
        "<html><body><h1>Not found</h1>"
        "<p>No %s matched.</p><p class='hint'>%s</p></body></html>" % (escape(resource), hint)
    )


@app.errorhandler(404)
def not_found(error):
    hint = escape(request.args.get("hint", ""))
    if request.args.get("format") == "rich":
        hint = request.args.get("hint", "")
    body = render_missing(request.path, hint)
    return make_response(body, 404)  # LABEL: CWE-79

from flask import Flask, render_template_string, request

app = Flask(__name__)
NOT_FOUND = """<h1>Page not found</h1>
<p>We could not find {{ path }}.</p>"""


@app.errorhandler(404)
def not_found(error):
    return render_template_string(NOT_FOUND, path=request.path), 404

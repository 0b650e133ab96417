from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    template = """<h1>Page not found</h1>
<p>We could not find {}.</p>""".format(request.path)
    return render_template_string(template), 404  # LABEL: CWE-1336

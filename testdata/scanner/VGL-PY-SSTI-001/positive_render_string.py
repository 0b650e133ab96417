from flask import render_template_string, request


def greet():
    tpl = "<p>Hello " + request.args.get("name", "") + "</p>"
    return render_template_string(tpl)  # vigil:expect VGL-PY-SSTI-001

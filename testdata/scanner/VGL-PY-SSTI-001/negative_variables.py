from flask import render_template_string, request


def greet():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args.get("name"))

import jinja2


def render(request):
    body = request.POST["template"]
    return jinja2.Template(body).render()  # vigil:expect VGL-PY-SSTI-001

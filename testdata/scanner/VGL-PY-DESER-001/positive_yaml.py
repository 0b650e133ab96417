import yaml


def import_config(request):
    data = request.body
    return yaml.load(data, Loader=yaml.Loader)  # vigil:expect VGL-PY-DESER-001

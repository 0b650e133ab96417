import yaml


def import_config(request):
    data = request.body
    return yaml.load(data, Loader=yaml.SafeLoader), yaml.safe_load(data)

import yaml
from django.http import JsonResponse


def import_pipeline(request):
    document = request.body.decode("utf-8")
    config = yaml.load(document, Loader=yaml.UnsafeLoader)  # LABEL: CWE-502
    steps = config.get("steps", []) if isinstance(config, dict) else []
    return JsonResponse({"steps": len(steps)})

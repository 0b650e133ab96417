import yaml
from django.http import JsonResponse


def import_pipeline(request):
    config = yaml.safe_load(request.body.decode("utf-8"))
    steps = config.get("steps", []) if isinstance(config, dict) else []
    return JsonResponse({"steps": len(steps)})

from django.views.decorators.csrf import csrf_exempt
from django.http import JsonResponse


@csrf_exempt  # vigil:expect VGL-PY-CSRF-001
def transfer(request):
    return JsonResponse({"ok": True})

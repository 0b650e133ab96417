import hashlib
import json

from django.core.cache import cache
from django.http import JsonResponse

from .search import run_search


def search(request):
    params = {k: request.GET.get(k, "") for k in ("q", "page", "sort")}
    key = "search:" + hashlib.sha1(json.dumps(params, sort_keys=True).encode()).hexdigest()
    result = cache.get(key)
    if result is None:
        result = run_search(**params)
        cache.set(key, result, timeout=60)
    return JsonResponse(result)

import os

from django.http import FileResponse, Http404

DOCS_ROOT = os.path.realpath("/srv/docs/public")


def doc_file(request):
    rel = request.GET.get("path", "index.html")
    full = os.path.realpath(os.path.join(DOCS_ROOT, rel))
    if os.path.commonpath([DOCS_ROOT, full]) != DOCS_ROOT:
        raise Http404("not found")
    if not os.path.isfile(full):
        raise Http404("not found")
    return FileResponse(open(full, "rb"))

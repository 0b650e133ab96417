import hashlib
import os

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified


def file_etag(path):
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return '"%s"' % digest.hexdigest()


def theme_stylesheet(request, theme):
    if theme not in settings.THEMES:
        raise Http404()
    path = os.path.join(settings.THEME_ROOT, theme, "theme.css")
    etag = file_etag(path)
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = FileResponse(open(path, "rb"), content_type="text/css")
    response["ETag"] = etag
    return response

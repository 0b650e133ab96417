import urllib.request

from django.http import JsonResponse


class Fetcher:
    def __init__(self, url):
        self.url = url

    def fetch(self):
        with urllib.request.urlopen(self.url, timeout=4) as r:  # LABEL: CWE-918
            return r.read(2048)


def preview(request):
    f = Fetcher(request.GET["link"])
    return JsonResponse({"size": len(f.fetch())})

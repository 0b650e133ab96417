from urllib.request import urlopen


def fetch(request):
    target = request.POST["callback"]
    return urlopen(target).read()  # vigil:expect VGL-PY-SSRF-001

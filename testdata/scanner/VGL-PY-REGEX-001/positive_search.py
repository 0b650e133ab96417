import re


def grep(request, text):
    needle = request.GET["needle"]
    return re.search(needle + "$", text)  # vigil:expect VGL-PY-REGEX-001

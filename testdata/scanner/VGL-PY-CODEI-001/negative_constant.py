def config():
    return eval("1 + 2")


def count(request):
    n = int(request.GET["n"])
    return eval(str(n))

from django.http import HttpResponseRedirect


def logout(request):
    return HttpResponseRedirect(request.GET["return_to"])  # vigil:expect VGL-PY-REDIR-001

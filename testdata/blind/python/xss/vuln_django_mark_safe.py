from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Profile


def profile(request, username):
    p = get_object_or_404(Profile, user__username=username)
    signature = request.GET.get("signature", p.signature)
    context = {"profile": p, "signature": mark_safe("<em>" + signature + "</em>")}  # LABEL: CWE-79
    return render(request, "profiles/detail.html", context)

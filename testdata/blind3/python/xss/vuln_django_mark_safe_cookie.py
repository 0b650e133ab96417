from django.shortcuts import render
from django.utils.safestring import mark_safe


def dashboard(request):
    theme = request.COOKIES.get("theme_name")
    if theme is None:
        theme = "light"
    widgets = request.user.dashboard_widgets.all() if request.user.is_authenticated else []
    banner = "<div class='theme-label'>Theme: %s</div>" % theme
    context = {
        "widgets": widgets,
        "banner": mark_safe(banner),  # LABEL: CWE-79
    }
    return render(request, "dashboard.html", context)

"""Small HTML fragments for the marketing pages."""

BANNER_CLASS = "banner"


def referrer_banner(ref):
    if not ref:
        ref = "direct"
    return "<p class='" + BANNER_CLASS + "'>Welcome, visitor from " + ref + "</p>"


def footer():
    return "<footer>&copy; Example Ltd</footer>"

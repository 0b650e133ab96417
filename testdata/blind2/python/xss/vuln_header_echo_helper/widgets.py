def referrer_banner(ref):
    if not ref:
        ref = "direct"
    return "<p class='banner'>Welcome, visitor from " + ref + "</p>"

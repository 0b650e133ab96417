# Cookies that carry no session, token or identity (a theme, a test
# service's echo cookie whose name the client chose) are not weaknesses.
def prefs(response, name, value):
    response.set_cookie("theme", "dark")
    response.set_cookie("stale_after", value="never")
    response.set_cookie(key=name, value=value)

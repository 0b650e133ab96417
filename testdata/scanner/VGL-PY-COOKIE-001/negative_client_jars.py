# Client-side cookie jars and test clients store cookies a server sent;
# they set no flags on any response.
import copy
from http.cookiejar import CookieJar


class RequestsCookieJar(CookieJar):
    def set(self, name, value, **kwargs):
        c = create_cookie(name, value, **kwargs)
        self.set_cookie(c)
        return c

    def set_cookie(self, cookie, *args, **kwargs):
        return super().set_cookie(cookie, *args, **kwargs)

    def copy_into(self, new_jar):
        for cookie in iter(self):
            new_jar.set_cookie(copy.copy(cookie))


def test_login(client):
    client.set_cookie("session", "abc")
    app.test_client().set_cookie("theme", "dark")

# Flask's own session cookie: the flags come from configuration, not literals.
class SecureCookieSessionInterface:
    def save_session(self, app, session, response):
        secure = self.get_cookie_secure(app)
        httponly = self.get_cookie_httponly(app)
        response.set_cookie(
            self.get_cookie_name(app),
            self.dumps(session),
            expires=self.get_expiration_time(app, session),
            httponly=httponly,
            domain=self.get_cookie_domain(app),
            secure=secure,
            samesite=self.get_cookie_samesite(app),
        )

    def forward(self, response, **kwargs):
        response.set_cookie("sid", **kwargs)

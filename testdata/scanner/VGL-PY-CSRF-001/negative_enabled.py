class Config:
    WTF_CSRF_ENABLED = True
    TESTING = False

class Config:
    WTF_CSRF_ENABLED = False  # vigil:expect VGL-PY-CSRF-001


app_config = {}
app_config["WTF_CSRF_ENABLED"] = False  # vigil:expect VGL-PY-CSRF-001

import ssl


def insecure_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # vigil:expect VGL-PY-TLS-002
    if ctx.protocol:
        ctx.verify_mode = ssl.CERT_NONE  # vigil:expect VGL-PY-TLS-002
    return ctx

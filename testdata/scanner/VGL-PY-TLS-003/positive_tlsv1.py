import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # vigil:expect VGL-PY-TLS-003

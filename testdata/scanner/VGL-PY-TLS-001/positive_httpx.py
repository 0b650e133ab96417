import httpx

client = httpx.Client(verify=False)  # vigil:expect VGL-PY-TLS-001

import paramiko


def connect(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # vigil:expect VGL-PY-SSH-001
    client.connect(host)
    return client

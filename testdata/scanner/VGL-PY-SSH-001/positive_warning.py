from paramiko import SSHClient, WarningPolicy

client = SSHClient()
client.set_missing_host_key_policy(WarningPolicy)  # vigil:expect VGL-PY-SSH-001

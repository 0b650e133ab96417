import paramiko

client = paramiko.SSHClient()
client.load_host_keys("/etc/ssh/known_hosts")

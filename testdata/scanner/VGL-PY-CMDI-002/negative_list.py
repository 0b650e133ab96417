import subprocess


def disk_usage(folder):
    return subprocess.check_output(["du", "-sh", folder]).decode()

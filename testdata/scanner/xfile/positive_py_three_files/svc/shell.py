import subprocess


def run_tar(archive_name):
    subprocess.call("tar czf " + archive_name + " /srv/data", shell=True)  # vigil:expect VGL-PY-CMDI-001

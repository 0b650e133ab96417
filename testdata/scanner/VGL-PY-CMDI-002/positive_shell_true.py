import subprocess


def disk_usage(folder):
    out = subprocess.check_output(f"du -sh {folder}", shell=True)  # vigil:expect VGL-PY-CMDI-002
    return out.decode()

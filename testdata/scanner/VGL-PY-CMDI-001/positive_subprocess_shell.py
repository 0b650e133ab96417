import subprocess
import sys


def archive(name):
    cmd = "tar czf /tmp/backup.tgz %s" % name
    return subprocess.check_output(cmd, shell=True)  # vigil:expect VGL-PY-CMDI-001


if __name__ == "__main__":
    archive(sys.argv[1])

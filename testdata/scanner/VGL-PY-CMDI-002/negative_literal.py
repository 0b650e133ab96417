import os
import subprocess


def restart():
    os.system("systemctl restart nginx")
    subprocess.run("make clean", shell=True, check=True)

from telnetlib import Telnet


def reboot(host):
    with Telnet(host, 23) as tn:  # vigil:expect VGL-PY-CLEAR-001
        tn.write(b"reboot\n")

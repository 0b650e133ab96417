import ftplib


def upload(host, user, pw, fh):
    ftp = ftplib.FTP(host)  # vigil:expect VGL-PY-CLEAR-001
    ftp.login(user, pw)
    ftp.storbinary("STOR report.csv", fh)

import ftplib


def upload(host, user, pw, fh):
    ftp = ftplib.FTP_TLS(host)
    ftp.login(user, pw)
    ftp.prot_p()

import paramiko


def upload(transport):
    return paramiko.SFTPClient.from_transport(transport)

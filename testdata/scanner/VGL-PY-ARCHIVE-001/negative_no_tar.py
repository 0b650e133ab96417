def unpack(archive, dest):
    archive.extractall(dest)

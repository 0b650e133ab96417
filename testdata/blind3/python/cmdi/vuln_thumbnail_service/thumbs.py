import os
import subprocess as sp
import uuid


class Thumbnailer:
    def __init__(self, workdir: str):
        self.workdir = workdir

    def store(self, filename: str, data: bytes) -> str:
        ext = os.path.splitext(filename)[1].lower() or ".bin"
        path = os.path.join(self.workdir, uuid.uuid4().hex + ext)
        with open(path, "wb") as fh:
            fh.write(data)
        return path

    def resize(self, path: str, size: str) -> str:
        out = path + ".thumb.png"
        cmd = "convert %s -resize %s %s" % (path, size, out)
        sp.run(cmd, shell=True, check=True)  # LABEL: CWE-78
        return out

import os
import subprocess
import tempfile
import uuid

THUMB_DIR = os.environ.get("THUMB_DIR", "/var/lib/app/thumbs")


class ThumbnailJob:
    """Resizes an uploaded image with ImageMagick."""

    def __init__(self, upload, size):
        self.upload = upload
        self.size = size

    def _stage(self):
        fd, tmp = tempfile.mkstemp(suffix=".img")
        with os.fdopen(fd, "wb") as fh:
            self.upload.save(fh)
        return tmp

    def run(self):
        src = self._stage()
        dest = os.path.join(THUMB_DIR, f"{uuid.uuid4().hex}.png")
        cmd = f"convert {src} -resize {self.size} {dest}"
        subprocess.run(cmd, shell=True, check=True, timeout=30)  # LABEL: CWE-78
        os.unlink(src)
        return dest

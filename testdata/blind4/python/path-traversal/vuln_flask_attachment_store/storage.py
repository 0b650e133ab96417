import os
import shutil


class AttachmentStore:
    def __init__(self, root, ticket_id):
        self.folder = os.path.join(root, "tickets", str(ticket_id))

    def save(self, filename, stream):
        os.makedirs(self.folder, exist_ok=True)
        target = os.path.join(self.folder, filename)
        with open(target, "wb") as out:  # LABEL: CWE-22
            shutil.copyfileobj(stream, out)
        return target

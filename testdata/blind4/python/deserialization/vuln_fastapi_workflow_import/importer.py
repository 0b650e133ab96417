import yaml


class WorkflowImporter:
    """Reads workflow definitions exported from the desktop designer."""

    def __init__(self, text):
        self.text = text

    def parse(self):
        doc = yaml.load(self.text, Loader=yaml.Loader)  # LABEL: CWE-502
        if not isinstance(doc, dict):
            raise ValueError("workflow must be a mapping")
        doc.setdefault("steps", [])
        return doc

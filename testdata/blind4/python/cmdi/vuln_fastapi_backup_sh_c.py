import subprocess as sp

from fastapi import FastAPI, HTTPException

app = FastAPI()
WORKSPACES = "/srv/workspaces"


class WorkspaceBackup:
    def __init__(self, workspace_id: int, archive_name: str):
        self.workdir = f"{WORKSPACES}/{workspace_id}"
        self.archive_name = archive_name

    def create(self) -> str:
        target = f"/srv/backups/{self.archive_name}.zip"
        sp.check_output(["sh", "-c", "cd " + self.workdir + " && zip -qr " + target + " ."])  # LABEL: CWE-78
        return target


@app.post("/workspaces/{workspace_id}/backups/{archive_name}")
def create_backup(workspace_id: int, archive_name: str):
    try:
        path = WorkspaceBackup(workspace_id, archive_name).create()
    except sp.CalledProcessError:
        raise HTTPException(status_code=500, detail="backup failed")
    return {"archive": path}

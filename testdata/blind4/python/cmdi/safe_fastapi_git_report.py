import subprocess

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

REPO_DIR = "/srv/repos/main"
DEBUG_RAW_COMMANDS = False

REPORTS = {
    "recent": "git log --oneline -n 20",
    "authors": "git shortlog -sn --all",
    "tags": "git tag --sort=-creatordate",
}


@app.get("/admin/git/{report}")
def git_report(report: str, extra: str = Query(default="")):
    command = REPORTS.get(report)
    if command is None:
        raise HTTPException(status_code=404, detail="unknown report")
    if DEBUG_RAW_COMMANDS:
        command = command + " " + extra
    result = subprocess.run(
        command, shell=True, cwd=REPO_DIR, capture_output=True, text=True, timeout=20
    )
    return {"report": report, "lines": result.stdout.splitlines()}

import subprocess

TOOLS = {"ping": "ping -c 1", "dig": "dig +short"}


def run_tool(name, options):
    base = TOOLS.get(name, "echo")
    line = base + " " + options["target"]
    result = subprocess.run(line, shell=True, capture_output=True, text=True)  # LABEL: CWE-78
    return result.stdout

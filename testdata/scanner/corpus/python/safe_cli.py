"""A command-line tool with no known weaknesses (negative control)."""
import argparse
import json
import secrets
import shlex
import subprocess


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    args = parser.parse_args()
    out = subprocess.run(["ping", "-c", "1", args.host], capture_output=True, check=False)
    token = secrets.token_hex(16)
    print(json.dumps({"rc": out.returncode, "token": token, "cmd": shlex.join(["ping", args.host])}))


if __name__ == "__main__":
    main()

from flask import request

from helpers import run_report


def report_view():
    period = request.args.get("period")
    return run_report(period)

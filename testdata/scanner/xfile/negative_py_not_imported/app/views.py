from flask import request


def report_view():
    period = request.args.get("period")
    return run_report(period)

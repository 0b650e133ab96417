import subprocess


def export_invoice(invoice_id, fmt):
    target = "/srv/exports/%s.%s" % (invoice_id, fmt)
    command = "render-invoice --out " + target
    subprocess.run(command, shell=True)  # LABEL: CWE-78
    return target

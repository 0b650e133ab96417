from svc.shell import run_tar


def archive(label):
    name = "backup-" + label + ".tgz"
    run_tar(name)

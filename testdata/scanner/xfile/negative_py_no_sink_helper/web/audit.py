import logging

log = logging.getLogger(__name__)


def record(user):
    entry = {"user": user, "event": "login"}
    log.info("audit %s", entry)
    return len(user)

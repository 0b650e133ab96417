import logging


def check(verify, token):
    try:
        verify(token)
    except Exception:
        logging.exception("token check failed")
        raise

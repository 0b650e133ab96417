import tempfile


def scratch():
    with tempfile.NamedTemporaryFile() as fh:
        fh.write(b"data")

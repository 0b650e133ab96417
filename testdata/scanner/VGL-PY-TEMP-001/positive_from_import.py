from tempfile import mktemp

OUT = mktemp()  # vigil:expect VGL-PY-TEMP-001

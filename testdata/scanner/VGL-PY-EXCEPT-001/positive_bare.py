def parse(value):
    try:
        return int(value)
    except:  # vigil:expect VGL-PY-EXCEPT-001
        pass

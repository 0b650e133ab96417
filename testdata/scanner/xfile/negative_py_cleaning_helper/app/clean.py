def as_number(raw):
    digits = int(raw)
    return str(digits)

def parse(value, verify=False):
    return value


parse("x", verify=False)

import yaml


def read_all(text):
    first = yaml.unsafe_load(text)  # vigil:expect VGL-PY-DESER-003
    rest = yaml.load(text, Loader=yaml.FullLoader)  # vigil:expect VGL-PY-DESER-003
    return first, rest

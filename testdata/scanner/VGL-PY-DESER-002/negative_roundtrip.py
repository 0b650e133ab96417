import copy
import marshal
import pickle


def clone(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def check_picklable(response):
    assert pickle.loads(pickle.dumps(response)) == response
    code = marshal.loads(marshal.dumps(compile("1", "<x>", "eval")))
    return code


def roundtrip(serializer):
    pickled = pickle.dumps(serializer.data)
    data = pickle.loads(pickled)
    return data

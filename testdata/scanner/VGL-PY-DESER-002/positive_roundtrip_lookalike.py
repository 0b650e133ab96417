import pickle


def restore(sock, obj):
    blob = pickle.dumps(obj)
    sock.send(blob)
    reply = sock.recv(65536)
    return pickle.loads(reply)  # vigil:expect VGL-PY-DESER-002

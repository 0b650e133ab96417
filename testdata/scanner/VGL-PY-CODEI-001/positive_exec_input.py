def repl():
    while True:
        line = input(">>> ")
        exec(line)  # vigil:expect VGL-PY-CODEI-001

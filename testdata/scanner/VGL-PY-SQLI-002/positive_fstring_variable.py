def find(cur, name, order):
    query = f"SELECT * FROM users WHERE name = '{name}'"
    cur.execute(query)  # vigil:expect VGL-PY-SQLI-002
    q2 = "SELECT * FROM users ORDER BY " + order
    rows = cur.execute(q2).fetchall()  # vigil:expect VGL-PY-SQLI-002
    cur.execute("DELETE FROM sessions WHERE user = '%s'"  # vigil:expect VGL-PY-SQLI-002
                % name)
    return rows

def search(cursor, term, ids, limit):
    cursor.execute(f"SELECT * FROM posts WHERE title LIKE '%{term}%'")  # vigil:expect VGL-PY-SQLI-002
    cursor.execute("SELECT * FROM posts WHERE id IN (%s)" % ids)  # vigil:expect VGL-PY-SQLI-002
    cursor.execute("INSERT INTO log (msg) VALUES ('" + term + "')")  # vigil:expect VGL-PY-SQLI-002
    cursor.execute("SELECT * FROM posts LIMIT {}".format(limit))  # vigil:expect VGL-PY-SQLI-002
    cursor.execute("SELECT * FROM posts WHERE a = 1 AND b = %(b)s" % {"b": term})  # vigil:expect VGL-PY-SQLI-002

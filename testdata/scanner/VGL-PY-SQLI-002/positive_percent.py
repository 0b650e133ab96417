def get_user(cursor, user_id):
    cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)  # vigil:expect VGL-PY-SQLI-002
    return cursor.fetchone()

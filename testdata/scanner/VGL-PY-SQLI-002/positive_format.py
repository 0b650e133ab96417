def delete_rows(conn, table, ids):
    conn.execute("DELETE FROM {} WHERE id IN ({})".format(table, ids))  # vigil:expect VGL-PY-SQLI-002
    conn.execute(f"UPDATE audit SET seen = 1 WHERE owner = '{table}'")  # vigil:expect VGL-PY-SQLI-002

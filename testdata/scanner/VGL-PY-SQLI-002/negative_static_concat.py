BASE = "SELECT id, name FROM users "


def all_users(cursor):
    cursor.execute("SELECT id, name " "FROM users")
    cursor.execute("SELECT 1" + " FROM dual")
    return cursor.fetchall()

# psycopg2's sql module composes identifiers safely; a query kept in a
# constant and a list of placeholders joined for IN are not formatting of values.
from psycopg2 import sql

QUERY = "SELECT id FROM users WHERE name = %s"


def find(cur, table, names):
    cur.execute(sql.SQL("SELECT * FROM {} WHERE id = %s").format(sql.Identifier(table)), (1,))
    cur.execute(QUERY, (names[0],))
    marks = ", ".join(["%s"] * len(names))
    cur.execute(query_for(table), names)
    cur.execute(self.build_select(), params)
    cur.execute(migration.sql)

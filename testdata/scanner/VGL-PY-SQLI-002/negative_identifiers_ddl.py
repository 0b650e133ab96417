# Identifiers and session settings cannot be bound as parameters: a
# dialect formats them in (look-alikes from SQLAlchemy's dialects).


def set_schema(dbapi_connection, schema_name):
    cursor = dbapi_connection.cursor()
    cursor.execute("ALTER SESSION SET CURRENT_SCHEMA=%s" % schema_name)
    cursor.close()


def set_isolation(cursor, level):
    cursor.execute(f"ALTER SESSION SET ISOLATION_LEVEL={level}")


def isolation_view(cursor, row):
    view_name = f"sys.{row[0]}"
    cursor.execute("""
        SELECT CASE transaction_isolation_level WHEN 1 THEN 'READ UNCOMMITTED' END
        FROM {}
        where session_id = @@SPID
    """.format(view_name))


def drop(cursor, table):
    cursor.execute("DROP TABLE IF EXISTS %s" % table)
    cursor.execute(f"CREATE SCHEMA {table}")

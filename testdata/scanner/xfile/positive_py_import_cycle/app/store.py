from app.views import run_sql


def save(cur, name):
    sql = "INSERT INTO names (name) VALUES ('" + name + "')"
    run_sql(cur, sql)

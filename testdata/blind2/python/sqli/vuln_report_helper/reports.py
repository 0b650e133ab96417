import psycopg2


def _query_for(tenant):
    return "SELECT id, total FROM orders WHERE tenant = '" + tenant + "' ORDER BY id"


def tenant_orders(tenant):
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    cur.execute(_query_for(tenant))  # LABEL: CWE-89
    return cur.fetchall()

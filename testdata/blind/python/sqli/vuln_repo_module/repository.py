"""Data access helpers shared by the views."""
import sqlite3


class ArticleRepository:
    def __init__(self, path="blog.db"):
        self.conn = sqlite3.connect(path)

    def by_author(self, author):
        cur = self.conn.cursor()
        cur.execute("SELECT id, title FROM articles WHERE author = '%s'" % author)  # LABEL: CWE-89
        return cur.fetchall()

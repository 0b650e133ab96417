package database

// UTCDate is an SQL expression for the UTC calendar date (YYYY-MM-DD
// text) of the timestamp column, for grouping rows by day in the
// database: to_char in UTC on PostgreSQL; on SQLite date(), which reads
// the stored ISO 8601 text with its offset and converts it to UTC.
// column must be a trusted column name, never user input.
func (db *DB) UTCDate(column string) string {
	if db.dialect == Postgres {
		return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
	}
	return "date(" + column + ")"
}

package database_test

import (
	"testing"
	"time"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// Rows written in any time zone group by their UTC date on both databases.
func TestUTCDate(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		dbtest.MustExec(t, db, "CREATE TABLE dated (id integer PRIMARY KEY, at timestamp NOT NULL)")
		east, west := time.FixedZone("east", 5*3600), time.FixedZone("west", -5*3600)
		for i, at := range []time.Time{
			time.Date(2026, 12, 6, 23, 59, 59, 999_000_000, time.UTC),
			time.Date(2026, 12, 7, 2, 0, 0, 0, east),  // 2026-12-06 21:00 UTC
			time.Date(2026, 12, 6, 21, 0, 0, 0, west), // 2026-12-07 02:00 UTC
			time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC),
		} {
			if err := db.Gorm().Exec("INSERT INTO dated (id, at) VALUES (?, ?)", i+1, at).Error; err != nil {
				t.Fatal(err)
			}
		}
		var rows []struct {
			Day string
			N   int
		}
		if err := db.Gorm().Raw("SELECT " + db.UTCDate("at") + " AS day, count(*) AS n FROM dated GROUP BY 1 ORDER BY 1").Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0].Day != "2026-12-06" || rows[0].N != 2 || rows[1].Day != "2026-12-07" || rows[1].N != 2 {
			t.Fatalf("days: %+v", rows)
		}
	})
}

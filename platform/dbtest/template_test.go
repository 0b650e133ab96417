package dbtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"vigil/platform/database"
)

// TestOpenPostgresCopiesTheTemplate: a PostgreSQL test database is a
// complete copy of the migrated template (nothing left to migrate), each
// test's copy is its own, and nobody can connect to the template (which
// would make copying it fail).
func TestOpenPostgresCopiesTheTemplate(t *testing.T) {
	a, b := Open(t, database.Postgres), Open(t, database.Postgres)
	for name, db := range map[string]*database.DB{"a": a, "b": b} {
		m, err := newMigrator(db)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := m.Up(context.Background()); err != nil || n != 0 {
			t.Fatalf("copy %s: %d migrations still to apply (err %v), want 0", name, n, err)
		}
	}
	MustExec(t, a, "INSERT INTO rate_limits (key, tat_us, expires_us) VALUES ('only-in-a', 1, 1)")
	var n int64
	if err := b.Gorm().Raw("SELECT count(*) FROM rate_limits").Scan(&n).Error; err != nil || n != 0 {
		t.Fatalf("copy b sees %d rows of copy a (err %v)", n, err)
	}

	name, err := template(t)
	if err != nil {
		t.Fatal(err)
	}
	u, err := databaseURL(PostgresURL(), name)
	if err != nil {
		t.Fatal(err)
	}
	if conn, err := pgx.Connect(context.Background(), u); err == nil {
		conn.Close(context.Background())
		t.Fatalf("connected to the template %s", name)
	}
}

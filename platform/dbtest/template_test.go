package dbtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"vigil/platform/database"
)

// TestOpenCopiesTheTemplate: a test database is a complete copy of the
// migrated template (nothing left to migrate), and each test's copy is
// its own.
func TestOpenCopiesTheTemplate(t *testing.T) {
	for _, dialect := range Dialects {
		t.Run(dialect, func(t *testing.T) {
			a, b := Open(t, dialect), Open(t, dialect)
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
		})
	}
}

// TestPostgresTemplateRefusesConnections: nobody can connect to the
// PostgreSQL template, which would make copying it fail.
func TestPostgresTemplateRefusesConnections(t *testing.T) {
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

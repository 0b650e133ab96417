package store

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"vigil/platform/database"
	"vigil/platform/dbtest"
)

// TestPurgeExpired deletes exactly what expired, on both databases: an
// expired session (and its tokens), an expired token of a live session and
// an expired reset link go; live ones stay.
func TestPurgeExpired(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		now := time.Now().UTC().Truncate(time.Second)
		past, future := now.Add(-time.Hour), now.Add(time.Hour)
		user := uuid.NewString()
		ids := map[string]string{}
		id := func(name string) string {
			if ids[name] == "" {
				ids[name] = uuid.NewString()
			}
			return ids[name]
		}
		dbtest.MustExec(t, db, "INSERT INTO auth_users (id, email, created_at, updated_at) VALUES (?, 'u@example.com', ?, ?)", user, now, now)
		session := func(name string, expires time.Time) {
			dbtest.MustExec(t, db, "INSERT INTO auth_sessions (id, user_id, created_at, last_used_at, expires_at) VALUES (?, ?, ?, ?, ?)", id(name), user, now, now, expires)
		}
		token := func(name, sess string, expires time.Time) {
			dbtest.MustExec(t, db, "INSERT INTO auth_refresh_tokens (id, session_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)", id(name), id(sess), name, now, expires)
		}
		session("s-live", future)
		session("s-dead", past)
		token("t-live", "s-live", future)
		token("t-dead-of-live", "s-live", past)
		token("t-of-dead", "s-dead", future)
		dbtest.MustExec(t, db, "INSERT INTO auth_password_resets (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, 'h1', ?, ?), (?, ?, 'h2', ?, ?)",
			id("r-dead"), user, now, past, id("r-live"), user, now, future)

		n, err := New(db).PurgeExpired(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		if n < 3 {
			t.Errorf("removed %d rows, want at least 3 (a session, a token, a reset link)", n)
		}
		tests := []struct {
			table string
			want  []string
		}{
			{"auth_sessions", []string{"s-live"}},
			{"auth_refresh_tokens", []string{"t-live"}},
			{"auth_password_resets", []string{"r-live"}},
		}
		for _, tt := range tests {
			var got []string
			if err := db.Gorm().Raw("SELECT id FROM " + tt.table + " ORDER BY id").Scan(&got).Error; err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) || got[0] != id(tt.want[0]) {
				t.Errorf("%s after purge: %v, want %v (%s)", tt.table, got, tt.want, id(tt.want[0]))
			}
		}
	})
}

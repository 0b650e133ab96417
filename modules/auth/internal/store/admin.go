package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// likeContains is a LIKE pattern matching values that contain s, with
// LIKE's wildcards in s taken literally (use with ESCAPE '\').
func likeContains(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(s)) + "%"
}

// SearchUsers is ListUsers narrowed to accounts whose email or name
// contains q (any case); an empty q lists every account.
func (s *Store) SearchUsers(ctx context.Context, q, after string, limit int) ([]User, error) {
	var out []User
	db := s.conn(ctx).Order("id").Limit(limit)
	if after != "" {
		db = db.Where("id > ?", after)
	}
	if q = strings.TrimSpace(q); q != "" {
		p := likeContains(q)
		db = db.Where("(lower(email) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\')", p, p)
	}
	if err := db.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: search users: %w", err)
	}
	return out, nil
}

// UsersByIDs loads the accounts among ids that exist.
func (s *Store) UsersByIDs(ctx context.Context, ids []string) ([]User, error) {
	var out []User
	if len(ids) == 0 {
		return out, nil
	}
	if err := s.conn(ctx).Where("id IN ?", ids).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: users by id: %w", err)
	}
	return out, nil
}

// LockAdmins serialises changes to who is an instance administrator
// inside a transaction, so two administrators removing each other at
// once cannot leave the instance without one (SQLite already runs one
// writer at a time).
func (s *Store) LockAdmins(ctx context.Context) error {
	conn := s.conn(ctx)
	if conn.Dialector.Name() != "postgres" {
		return nil
	}
	if err := conn.Exec("SELECT pg_advisory_xact_lock(?)", int64(0x5649474c41444d4e)).Error; err != nil { // "VIGLADMN"
		return fmt.Errorf("auth store: lock admins: %w", err)
	}
	return nil
}

// CountActiveAdmins counts instance administrators whose account is not disabled.
func (s *Store) CountActiveAdmins(ctx context.Context) (int64, error) {
	var n int64
	if err := s.conn(ctx).Model(&User{}).Where("instance_admin = ? AND disabled_at IS NULL", true).Count(&n).Error; err != nil {
		return 0, fmt.Errorf("auth store: count admins: %w", err)
	}
	return n, nil
}

// UserTotals are the instance's account counts.
type UserTotals struct {
	Users    int64
	Admins   int64
	Disabled int64
}

// CountUserTotals counts accounts, administrators and disabled accounts.
func (s *Store) CountUserTotals(ctx context.Context) (UserTotals, error) {
	var t UserTotals
	err := s.conn(ctx).Model(&User{}).Select(
		"count(*) AS users, " +
			"coalesce(sum(CASE WHEN instance_admin THEN 1 ELSE 0 END), 0) AS admins, " +
			"coalesce(sum(CASE WHEN disabled_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS disabled").Scan(&t).Error
	if err != nil {
		return t, fmt.Errorf("auth store: count user totals: %w", err)
	}
	return t, nil
}

// DayCount is a number of something on one UTC day (YYYY-MM-DD).
type DayCount struct {
	Day string
	N   int
}

// SignupsPerDay counts the accounts created per UTC day at or after from.
func (s *Store) SignupsPerDay(ctx context.Context, from time.Time) ([]DayCount, error) {
	var out []DayCount
	day := s.db.UTCDate("created_at")
	if err := s.conn(ctx).Model(&User{}).Select(day+" AS day, count(*) AS n").Where("created_at >= ?", from.UTC()).
		Group(day).Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: sign-ups per day: %w", err)
	}
	return out, nil
}

// SignedInPerDay counts the distinct accounts with a successful sign-in
// per UTC day at or after from.
func (s *Store) SignedInPerDay(ctx context.Context, from time.Time) ([]DayCount, error) {
	var out []DayCount
	day := s.db.UTCDate("created_at")
	err := s.conn(ctx).Model(&SignInEvent{}).Select(day+" AS day, count(DISTINCT user_id) AS n").
		Where("success = ? AND user_id IS NOT NULL AND created_at >= ?", true, from.UTC()).Group(day).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("auth store: sign-ins per day: %w", err)
	}
	return out, nil
}

// ActiveUserIDs returns the accounts that signed in, used a session or
// used an API key at or after from.
func (s *Store) ActiveUserIDs(ctx context.Context, from time.Time) ([]string, error) {
	var out []string
	from = from.UTC()
	err := s.conn(ctx).Raw(
		"SELECT user_id FROM auth_signin_events WHERE success = ? AND user_id IS NOT NULL AND created_at >= ? "+
			"UNION SELECT user_id FROM auth_sessions WHERE last_used_at >= ? "+
			"UNION SELECT user_id FROM auth_api_keys WHERE last_used_at >= ?", true, from, from, from).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("auth store: active users: %w", err)
	}
	return out, nil
}

// SignInEvents lists sign-in attempts newest first (all, or one
// user's), older than the cursor id when one is given.
func (s *Store) SignInEvents(ctx context.Context, userID, before string, limit int) ([]SignInEvent, error) {
	var out []SignInEvent
	q := s.conn(ctx).Order("id DESC").Limit(limit)
	if userID != "" {
		q = q.Where("user_id = ?", userID)
	}
	if before != "" {
		q = q.Where("id < ?", before)
	}
	if err := q.Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: sign-in events: %w", err)
	}
	return out, nil
}

package auth

import (
	"context"
	"strings"
	"time"

	"vigil/platform/ids"
)

// UserStats is the accounts' part of the instance KPIs: the read model
// auth offers the admin overview, so no other module reads its tables.
// Days are UTC dates (YYYY-MM-DD). Callers check that the caller is an
// instance administrator (the admin routes sit behind RequireInstanceAdmin).
type UserStats struct {
	Users    int64
	Admins   int64
	Disabled int64
	// SignUps counts accounts created per day since the start.
	SignUps map[string]int
	// SignedIn counts distinct accounts with a successful sign-in per day.
	SignedIn map[string]int
	// Active counts distinct accounts that signed in, used a session or
	// used an API key since the start.
	Active int
}

// InstanceUserStats gathers UserStats since from.
func (s *Service) InstanceUserStats(ctx context.Context, from time.Time) (UserStats, error) {
	totals, err := s.store.CountUserTotals(ctx)
	if err != nil {
		return UserStats{}, err
	}
	st := UserStats{Users: totals.Users, Admins: totals.Admins, Disabled: totals.Disabled,
		SignUps: map[string]int{}, SignedIn: map[string]int{}}
	signUps, err := s.store.SignupsPerDay(ctx, from)
	if err != nil {
		return UserStats{}, err
	}
	for _, d := range signUps {
		st.SignUps[d.Day] = d.N
	}
	signedIn, err := s.store.SignedInPerDay(ctx, from)
	if err != nil {
		return UserStats{}, err
	}
	for _, d := range signedIn {
		st.SignedIn[d.Day] = d.N
	}
	active, err := s.store.ActiveUserIDs(ctx, from)
	if err != nil {
		return UserStats{}, err
	}
	st.Active = len(active)
	return st, nil
}

// UserEmails maps the given account ids to their email addresses (ids
// of no account are left out).
func (s *Service) UserEmails(ctx context.Context, userIDs []string) (map[string]string, error) {
	valid := make([]string, 0, len(userIDs))
	for _, id := range userIDs {
		if ids.Valid(id) {
			valid = append(valid, id)
		}
	}
	users, err := s.store.UsersByIDs(ctx, valid)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(users))
	for _, u := range users {
		out[u.ID] = u.Email
	}
	return out, nil
}

// UserIDsMatching returns the ids of the accounts a filter names: the
// account with that id, or the accounts whose email or name contains q
// (at most 200). An empty result means no account matches.
func (s *Service) UserIDsMatching(ctx context.Context, q string) ([]string, error) {
	q = strings.TrimSpace(q)
	if ids.Valid(q) {
		return []string{q}, nil
	}
	users, err := s.store.SearchUsers(ctx, q, "", 200)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(users))
	for _, u := range users {
		out = append(out, u.ID)
	}
	return out, nil
}

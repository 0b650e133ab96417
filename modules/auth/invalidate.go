package auth

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"vigil/platform/notify"
)

// invalidationTopic is the platform/notify topic on which replicas tell
// each other to forget what they cached about credentials.
const invalidationTopic = "auth/identities"

// pooled is implemented by *database.DB: the pgx pool on PostgreSQL, nil
// on SQLite.
type pooled interface {
	Pool() *pgxpool.Pool
}

// crossProcess reports whether db is shared by several processes
// (PostgreSQL), whose changes this replica hears of only through
// notifications.
func crossProcess(db Database) bool {
	p, ok := db.(pooled)
	return ok && p.Pool() != nil
}

// broadcastAction reports whether other replicas must hear of an audited
// action at once: everything that may take access away or change what a
// cached credential resolves to. Sign-ins and sign-ups only add sessions
// and accounts nobody has cached yet, and are by far the most frequent.
func broadcastAction(action string) bool {
	switch action {
	case "auth.signin.success", "auth.signup":
		return false
	}
	return invalidatingAction(action)
}

// invalidate forgets this replica's cached identities and, on PostgreSQL,
// tells every other replica to do the same. The notification is sent
// with the caller's connection, so inside a transaction it is delivered
// when that commits, never before the change it announces.
func (s *Service) invalidate(ctx context.Context) {
	s.cache.invalidate()
	if !s.cross {
		return
	}
	if err := s.store.Notify(ctx, notify.Channel, invalidationTopic); err != nil {
		// The change itself is committed; other replicas keep serving
		// their entries for at most the cache TTL.
		s.log.ErrorContext(ctx, "auth: cache invalidation broadcast failed", "err", err)
	}
}

// listen makes this replica forget its cached identities whenever any
// replica announces a change (invalidate), so a revoked session or API key
// is refused everywhere within milliseconds instead of the cache TTL.
// hub's listener reconnects after failures and then calls back with the
// topic (what was announced meanwhile is unknown: everything is
// forgotten); the cache serves entries only while the listener is
// connected and has done that (see identityCache.usable), so a lost
// connection never means stale answers.
//
// The hub may already be listening (it connects in the background, and
// is shared by the process's modules): it then made its call on
// connecting before this one was registered, so the cache resyncs once
// now. Nothing is lost by starting there: the cache is empty, and every
// announcement from now on reaches it.
func (s *Service) listen(hub *notify.Hub) {
	hub.OnPrefix(invalidationTopic, func(string) { s.cache.resync() })
	s.cache.resync()
}

package auth

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// invalidationChannel is the PostgreSQL NOTIFY channel on which replicas
// tell each other to forget what they cached about credentials.
const invalidationChannel = "vigil_auth_cache"

// pooled is implemented by *database.DB: the pgx pool on PostgreSQL, nil
// on SQLite.
type pooled interface {
	Pool() *pgxpool.Pool
}

// pgPool returns the PostgreSQL pool behind db, or nil (SQLite, or a
// Database that does not expose one).
func pgPool(db Database) *pgxpool.Pool {
	if p, ok := db.(pooled); ok {
		return p.Pool()
	}
	return nil
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
	if s.pool == nil {
		return
	}
	if err := s.store.Notify(ctx, invalidationChannel); err != nil {
		// The change itself is committed; other replicas keep serving
		// their entries for at most the cache TTL.
		s.log.ErrorContext(ctx, "auth: cache invalidation broadcast failed", "err", err)
	}
}

// StartInvalidationListener makes this replica forget its cached
// identities whenever another replica announces a revocation, so a
// revoked session or API key is refused everywhere within milliseconds
// instead of the cache TTL. It listens on a dedicated PostgreSQL
// connection and reconnects after failures; while it is not listening the
// cache is bypassed (every request reads the database), so a lost
// connection never means stale answers. On SQLite, one process serves the
// database and sees every change itself: nothing to listen to. The
// returned function stops the listener and waits for it.
func (s *Service) StartInvalidationListener() (stop func()) {
	if s.pool == nil {
		return func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		backoff := 100 * time.Millisecond
		for {
			err := s.listenOnce(ctx)
			s.cache.setLive(false)
			if ctx.Err() != nil {
				return
			}
			s.log.WarnContext(ctx, "auth: cache invalidation listener lost its connection; reconnecting", "err", err, "retry_in", backoff.String())
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 5*time.Second)
		}
	}()
	return func() { cancel(); wg.Wait() }
}

// listenOnce listens until the connection fails or ctx ends.
func (s *Service) listenOnce(ctx context.Context) error {
	conn, err := pgx.ConnectConfig(ctx, s.pool.Config().ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+invalidationChannel); err != nil {
		return err
	}
	// Whatever changed while nobody listened is unknown: start afresh.
	s.cache.invalidate()
	s.cache.setLive(true)
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		s.cache.invalidate()
	}
}

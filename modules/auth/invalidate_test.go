package auth

import (
	"context"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/notify"
)

// This file's tests are not parallel: they bound how soon an
// invalidation arrives, which other tests' load would skew.
//
// eventually polls cond in real time (the test clock stands still, so an
// identity cache TTL never runs out while it waits).
func eventually(t *testing.T, what string, within time.Duration, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(5 * time.Millisecond)
	}
	return time.Since(start)
}

// drainNotifications sends a marker on the invalidation channel and waits
// until svc has handled it. PostgreSQL delivers notifications in commit
// order, so every announcement committed before the marker has been
// handled too: no earlier invalidation can empty svc's cache afterwards.
func drainNotifications(t *testing.T, tdb testDB, svc *Service) {
	t.Helper()
	gen := svc.cache.generation()
	dbtest.MustExec(t, tdb.db, "SELECT pg_notify(?, ?)", notify.Channel, invalidationTopic)
	eventually(t, "marker notification handled", 5*time.Second, func() bool { return svc.cache.generation() > gen })
}

func waitLive(t *testing.T, svc *Service) {
	t.Helper()
	eventually(t, "invalidation listener connected", 5*time.Second, svc.cache.usable)
}

// TestRevocationReachesOtherReplicasAtOnce: two replicas on one PostgreSQL
// database, each caching identities for an hour. A session or API key
// revoked through one replica is refused by the other at once, because
// replicas announce revocations to each other (LISTEN/NOTIFY). SQLite has
// no such test: one process serves an SQLite database, so every change
// goes through the replica that caches.
func TestRevocationReachesOtherReplicasAtOnce(t *testing.T) {
	tdb := openTestDB(t, database.Postgres)
	e := newEnv(t, tdb, func(e *env) { e.cacheTTL = time.Hour })
	replicaB := e.newReplica()
	second := e.serve(replicaB)
	waitLive(t, e.svc)
	waitLive(t, replicaB)

	c, _ := e.user("ada@example.com")
	r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": "k", "scopes": []string{"read"}})
	expect(t, r, 201)
	key, keyID := r.m(t)["key"].(string), r.m(t)["id"].(string)
	cli := e.clientOf(second)
	cli.bearer = key
	// Creating the key announced an invalidation of its own; let B hear it
	// before B caches anything, or it lands after the stale read below.
	drainNotifications(t, tdb, replicaB)
	onB := *c
	onB.base = second.URL
	expect(t, onB.do("GET", "/api/v1/auth/me", nil), 200)
	expect(t, cli.do("GET", "/api/v1/auth/me", nil), 200)

	// B answers from its cache: a change nobody announces goes unseen.
	dbtest.MustExec(t, tdb.db, "UPDATE auth_api_keys SET revoked_at = now() WHERE id = ?", keyID)
	expect(t, cli.do("GET", "/api/v1/auth/me", nil), 200)
	dbtest.MustExec(t, tdb.db, "UPDATE auth_api_keys SET revoked_at = NULL WHERE id = ?", keyID)

	// Revocations through A reach B without waiting for the TTL.
	expect(t, c.do("DELETE", "/api/v1/api-keys/"+keyID, nil), 204)
	took := eventually(t, "revoked key refused on the other replica", 2*time.Second, func() bool {
		return cli.do("GET", "/api/v1/auth/me", nil).status == http.StatusUnauthorized
	})
	t.Logf("API key refused on the other replica after %v", took)
	expect(t, c.do("POST", "/api/v1/auth/sessions/revoke-all", nil), 204)
	took = eventually(t, "revoked session refused on the other replica", 2*time.Second, func() bool {
		return onB.do("GET", "/api/v1/auth/me", nil).status == http.StatusUnauthorized
	})
	t.Logf("session refused on the other replica after %v", took)

	t.Run("listener reconnects and caches nothing while down", func(t *testing.T) {
		c2, _ := e.user("bob@example.com")
		r := c2.do("POST", "/api/v1/api-keys", map[string]any{"name": "k2", "scopes": []string{"read"}})
		expect(t, r, 201)
		cli2 := e.clientOf(second)
		cli2.bearer = r.m(t)["key"].(string)
		expect(t, cli2.do("GET", "/api/v1/auth/me", nil), 200)
		// Cut every listener's connection, as a database restart would.
		dbtest.MustExec(t, tdb.db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'")
		eventually(t, "listener noticed the lost connection", 5*time.Second, func() bool { return !replicaB.cache.usable() })
		if _, ok := replicaB.cache.get("k:x", e.clock.Now()); ok || replicaB.cache.usable() {
			t.Fatal("cache in use while not listening")
		}
		waitLive(t, replicaB)
		expect(t, c2.do("DELETE", "/api/v1/api-keys/"+r.m(t)["id"].(string), nil), 204)
		eventually(t, "revocation after reconnect", 2*time.Second, func() bool {
			return cli2.do("GET", "/api/v1/auth/me", nil).status == http.StatusUnauthorized
		})
	})
}

// TestNoListenerNoCache: on PostgreSQL a replica that does not listen for
// revocations never serves from its cache.
func TestNoListenerNoCache(t *testing.T) {
	tdb := openTestDB(t, database.Postgres)
	e := newEnv(t, tdb, func(e *env) { e.cacheTTL = time.Hour })
	svc, err := New(Deps{Config: e.cfg, DB: tdb.db, Limiter: e.limiter, Audit: e.audit.Log,
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Now: e.clock.Now, IdentityCacheTTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	deaf := e.serve(svc)
	c, _ := e.user("ada@example.com")
	r := c.do("POST", "/api/v1/api-keys", map[string]any{"name": "k", "scopes": []string{"read"}})
	expect(t, r, 201)
	cli := e.clientOf(deaf)
	cli.bearer = r.m(t)["key"].(string)
	expect(t, cli.do("GET", "/api/v1/auth/me", nil), 200)
	dbtest.MustExec(t, tdb.db, "UPDATE auth_api_keys SET revoked_at = now() WHERE id = ?", r.m(t)["id"].(string))
	expect(t, cli.do("GET", "/api/v1/auth/me", nil), 401)
}

// TestHubListeningBeforeTheService: a hub that connected before the
// service registered with it (it connects in the background and is shared
// by the process's modules) still makes the cache usable, and
// announcements still reach it.
func TestHubListeningBeforeTheService(t *testing.T) {
	tdb := openTestDB(t, database.Postgres)
	e := newEnv(t, tdb, func(e *env) { e.cacheTTL = time.Hour })
	hub := notify.New(tdb.db, nil)
	hub.Start(context.Background())
	t.Cleanup(hub.Stop)
	eventually(t, "hub listening", 5*time.Second, func() bool { _, live := hub.Session(); return live })
	svc, err := New(Deps{Config: e.cfg, DB: tdb.db, Limiter: e.limiter, Audit: e.audit.Log,
		Logger: slog.New(slog.DiscardHandler), Now: e.clock.Now, IdentityCacheTTL: time.Hour, Notify: hub})
	if err != nil {
		t.Fatal(err)
	}
	if !svc.cache.usable() {
		t.Fatal("cache unusable although the hub listens")
	}
	drainNotifications(t, tdb, svc)
}

package auth

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"vigil/modules/auth/internal/store"
	"vigil/platform/principal"
)

// identityCache remembers for a few seconds, in this replica only, whom a
// credential (an API key, or a session id with its acting workspace)
// belongs to, so that an authenticated request usually costs no database
// round trip. Changes made through this replica (revocations, role
// changes, sign-outs, password changes, disabled accounts) clear it at
// once. On PostgreSQL, replicas announce such changes to each other
// (LISTEN/NOTIFY, see StartInvalidationListener) and entries are served
// only while this replica is listening, so other replicas' changes apply
// within milliseconds; the TTL remains a backstop. docs/permissions.md
// says how fast changes apply.
type identityCache struct {
	ttl time.Duration
	max int
	// needsLive: entries are served only while live is set (PostgreSQL:
	// the invalidation listener is connected).
	needsLive bool
	live      atomic.Bool

	mu      sync.RWMutex
	gen     uint64
	entries map[string]*cachedIdentity
}

// cachedIdentity is what Authenticate resolved for one credential.
type cachedIdentity struct {
	p          principal.Principal
	user       store.User
	workspaces []store.WorkspaceWithRole
	expires    *time.Time // API key expiry or session expiry
	at         time.Time
	gen        uint64
}

const defaultIdentityCacheTTL = 5 * time.Second

func newIdentityCache(ttl time.Duration, needsLive bool) *identityCache {
	if ttl == 0 {
		ttl = defaultIdentityCacheTTL
	}
	return &identityCache{ttl: ttl, max: 10000, needsLive: needsLive, entries: map[string]*cachedIdentity{}}
}

// usable reports whether entries may be served and stored now.
func (c *identityCache) usable() bool {
	return c.ttl >= 0 && (!c.needsLive || c.live.Load())
}

// setLive records whether changes made elsewhere reach this cache.
func (c *identityCache) setLive(v bool) {
	if !v {
		c.invalidate()
	}
	c.live.Store(v)
}

func (c *identityCache) get(key string, now time.Time) (*cachedIdentity, bool) {
	if !c.usable() {
		return nil, false
	}
	c.mu.RLock()
	e, ok := c.entries[key]
	gen := c.gen
	c.mu.RUnlock()
	if !ok || e.gen != gen || now.Sub(e.at) >= c.ttl || now.Before(e.at) {
		return nil, false
	}
	if e.expires != nil && !now.Before(*e.expires) {
		return nil, false
	}
	return e, true
}

// generation returns the current generation; an entry resolved under an
// older one is not stored (a change raced with its lookup).
func (c *identityCache) generation() uint64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.gen
}

func (c *identityCache) put(key string, e *cachedIdentity) {
	if !c.usable() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.gen != c.gen {
		return
	}
	if len(c.entries) >= c.max {
		c.entries = map[string]*cachedIdentity{}
	}
	c.entries[key] = e
}

// invalidate forgets everything.
func (c *identityCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entries = map[string]*cachedIdentity{}
}

// invalidatingAction reports whether an audited action may change who a
// credential belongs to or what it may do; failures and requests do not.
func invalidatingAction(action string) bool {
	for _, suffix := range []string{".failure", ".refused", ".requested", ".duplicate"} {
		if strings.HasSuffix(action, suffix) {
			return false
		}
	}
	return true
}

type identityKey struct{}

func withIdentity(ctx context.Context, e *cachedIdentity) context.Context {
	return context.WithValue(ctx, identityKey{}, e)
}

func identityFrom(ctx context.Context, userID string) (*cachedIdentity, bool) {
	e, ok := ctx.Value(identityKey{}).(*cachedIdentity)
	return e, ok && e != nil && e.user.ID == userID
}

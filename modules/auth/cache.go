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
// (platform/notify, see Service.listen) and entries are served only while
// this replica is listening, so other replicas' changes apply within
// milliseconds; the TTL remains a backstop. docs/permissions.md says how
// fast changes apply.
type identityCache struct {
	ttl time.Duration
	max int
	// session is the notify hub's (notify.Hub.Session): entries are
	// served and stored only while its listener is connected and the
	// cache has been emptied since it connected (synced holds that
	// session's id; see resync). Nil: always (SQLite, one process).
	session func() (id uint64, live bool)
	synced  atomic.Uint64

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

func newIdentityCache(ttl time.Duration, session func() (uint64, bool)) *identityCache {
	if ttl == 0 {
		ttl = defaultIdentityCacheTTL
	}
	return &identityCache{ttl: ttl, max: 10000, session: session, entries: map[string]*cachedIdentity{}}
}

// usable reports whether entries may be served and stored now: changes
// made elsewhere reach this cache, and none it missed can linger.
func (c *identityCache) usable() bool {
	if c.ttl < 0 {
		return false
	}
	if c.session == nil {
		return true
	}
	id, live := c.session()
	return live && id == c.synced.Load()
}

// resync forgets everything and, when the hub's listener is connected,
// marks the cache usable for its session. The hub calls it for every
// announcement and, after each (re)connect, once before any notification
// of the new session: an entry resolved while nobody listened is gone (a
// lookup still in flight is refused by put, its generation being older).
func (c *identityCache) resync() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entries = map[string]*cachedIdentity{}
	if c.session != nil {
		if id, live := c.session(); live {
			c.synced.Store(id)
		}
	}
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

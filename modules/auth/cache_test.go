package auth

import (
	"testing"
	"time"
)

// fakeSession stands for a notify hub: the listening connection's id and
// whether it is connected.
type fakeSession struct {
	id   uint64
	live bool
}

func (f *fakeSession) get() (uint64, bool) { return f.id, f.live }

// TestIdentityCacheSessions: on PostgreSQL the identity cache serves and
// stores entries only while the hub listens and after it has been emptied
// in the current listening session (the hub calls resync on connecting),
// so nothing resolved while announcements could be missed is served.
func TestIdentityCacheSessions(t *testing.T) {
	t.Parallel()
	now := time.Now()
	connect := func(id uint64) func(*identityCache, *fakeSession) {
		return func(c *identityCache, s *fakeSession) { s.id, s.live = id, true; c.resync() }
	}
	lose := func(_ *identityCache, s *fakeSession) { s.live = false }
	cases := []struct {
		name string
		// sqlite: no hub (one process sees every change itself).
		sqlite bool
		// before runs before entry "k" is looked up (generation taken),
		// during between that and storing it, after before the checks.
		before, during, after  func(*identityCache, *fakeSession)
		wantUsable, wantServed bool
	}{
		{name: "sqlite", sqlite: true, wantUsable: true, wantServed: true},
		{name: "never connected"},
		{name: "connected, not yet emptied", before: func(_ *identityCache, s *fakeSession) { s.id, s.live = 1, true }},
		{name: "connected and emptied", before: connect(1), wantUsable: true, wantServed: true},
		{name: "connection lost during the lookup", before: connect(1), during: lose},
		{name: "connection lost after storing", before: connect(1), after: lose},
		{name: "reconnected during the lookup", before: connect(1), during: connect(2), wantUsable: true},
		{name: "reconnected during the lookup, not yet emptied when stored", before: connect(1),
			during: func(_ *identityCache, s *fakeSession) { s.id = 2 }},
		{name: "reconnected during the lookup, emptied after storing", before: connect(1),
			during: func(_ *identityCache, s *fakeSession) { s.id = 2 },
			after:  func(c *identityCache, _ *fakeSession) { c.resync() }, wantUsable: true},
		{name: "announcement during the lookup", before: connect(1),
			during: func(c *identityCache, _ *fakeSession) { c.resync() }, wantUsable: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := &fakeSession{}
			c := newIdentityCache(time.Hour, s.get)
			if tc.sqlite {
				c = newIdentityCache(time.Hour, nil)
			}
			if tc.before != nil {
				tc.before(c, s)
			}
			gen := c.generation()
			if tc.during != nil {
				tc.during(c, s)
			}
			c.put("k", &cachedIdentity{at: now, gen: gen})
			if tc.after != nil {
				tc.after(c, s)
			}
			if got := c.usable(); got != tc.wantUsable {
				t.Errorf("usable = %v, want %v", got, tc.wantUsable)
			}
			if _, got := c.get("k", now); got != tc.wantServed {
				t.Errorf("entry served = %v, want %v", got, tc.wantServed)
			}
		})
	}
}

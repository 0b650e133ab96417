// Package notify wakes waiters when something they watch changed: on
// PostgreSQL through LISTEN/NOTIFY, so a change committed by any replica
// reaches every replica at once; on SQLite (one process) in memory. It
// carries only "look again" signals, never data: waiters re-read the
// database, and keep a slow poll as a safety net, so a lost notification
// delays a reader but never loses anything.
package notify

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"

	"vigil/platform/clock"
	"vigil/platform/database"
)

// Channel is the one PostgreSQL channel Vigil notifies on; the payload is
// the topic (e.g. an analysis id).
const Channel = "vigil_notify"

// Hub fans notifications out to subscribers of a topic.
type Hub struct {
	db  *database.DB
	log *slog.Logger

	mu       sync.Mutex
	subs     map[string]map[chan struct{}]struct{}
	prefixes map[*prefixWatch]struct{}

	cancel context.CancelFunc
	done   chan struct{}

	// session counts the listening connections made so far; live is set
	// while one is listening (see Session).
	session atomic.Uint64
	live    atomic.Bool
	// pid is the listening connection's backend process id (tests end
	// exactly that connection to exercise the reconnect).
	pid atomic.Uint32
}

// New returns a hub on db. On PostgreSQL, Start must be called for
// notifications from other replicas to arrive.
func New(db *database.DB, log *slog.Logger) *Hub {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Hub{db: db, log: log, subs: map[string]map[chan struct{}]struct{}{}, prefixes: map[*prefixWatch]struct{}{}}
}

// Cross reports whether notifications cross process boundaries (PostgreSQL).
func (h *Hub) Cross() bool { return h.db.Pool() != nil }

// Start listens on PostgreSQL in the background until Stop; on SQLite it
// does nothing. A dropped connection is re-established with backoff, and
// every subscriber is woken after a reconnect (it may have missed one).
func (h *Hub) Start(ctx context.Context) {
	if !h.Cross() || h.done != nil {
		return
	}
	ctx, h.cancel = context.WithCancel(ctx)
	h.done = make(chan struct{})
	go func() {
		defer close(h.done)
		h.keepListening(ctx, h.listen, clock.Sleep)
	}()
}

// keepListening runs listen again after each failure until ctx ends,
// pausing 100ms, doubling up to 10s, in between (sleep makes the pauses).
func (h *Hub) keepListening(ctx context.Context, listen func(context.Context) error, sleep func(context.Context, time.Duration) error) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := listen(ctx)
		if ctx.Err() != nil {
			return
		}
		h.log.Warn("notify: listener lost its connection; reconnecting", "error", err, "in", backoff.String())
		if sleep(ctx, backoff) != nil {
			return
		}
		backoff = min(backoff*2, 10*time.Second)
	}
}

// listen holds one dedicated connection (outside the pool, which River and
// requests share) and delivers its notifications until it fails.
func (h *Hub) listen(ctx context.Context) error {
	conn, err := pgx.ConnectConfig(ctx, h.db.Pool().Config().ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+Channel); err != nil {
		return err
	}
	h.pid.Store(conn.PgConn().PID())
	h.session.Add(1)
	h.live.Store(true)
	defer h.live.Store(false)
	h.wakeAll() // anything sent while we were away
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		h.wake(n.Payload)
	}
}

// Session reports whether every notification published from now on, by
// any replica, reaches this hub's subscribers (SQLite: always; PostgreSQL:
// while the listener is connected), and which listening connection that
// is. A cache that relies on notifications to forget stale entries keeps
// only entries made in the current session: whatever was published while
// no listener was connected is lost, and a new session begins on
// reconnecting.
func (h *Hub) Session() (id uint64, live bool) {
	if !h.Cross() {
		return 0, true
	}
	id = h.session.Load()
	return id, h.live.Load() && id == h.session.Load()
}

// Stop ends the listener.
func (h *Hub) Stop() {
	if h.cancel != nil {
		h.cancel()
		<-h.done
	}
}

// Publish tells every subscriber of topic, on every replica, to look again.
// Inside a transaction (database.WithTx) PostgreSQL delivers it on commit,
// so a woken reader sees the change.
func (h *Hub) Publish(ctx context.Context, topic string) error {
	if !h.Cross() {
		h.wake(topic)
		return nil
	}
	return h.db.Conn(ctx).Exec("SELECT pg_notify(?, ?)", Channel, topic).Error
}

// Subscribe returns a channel that receives a value (coalesced: at most one
// pending) whenever topic is published, and a function that unsubscribes.
func (h *Hub) Subscribe(topic string) (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	h.mu.Lock()
	if h.subs[topic] == nil {
		h.subs[topic] = map[chan struct{}]struct{}{}
	}
	h.subs[topic][ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs[topic], ch)
		if len(h.subs[topic]) == 0 {
			delete(h.subs, topic)
		}
		h.mu.Unlock()
	}
}

type prefixWatch struct {
	prefix string
	fn     func(topic string)
}

// OnPrefix calls fn with every topic published that starts with prefix,
// each one (never coalesced: the topic itself is what fn needs, such as
// "analysis-writes/<workspace>/<analysis>"), from the hub's own goroutine,
// so fn must return quickly. After a reconnect of the listener, when
// topics may have been lost, fn is called with prefix alone: whatever
// depended on a lost topic must be forgotten. The returned function stops
// the calls.
func (h *Hub) OnPrefix(prefix string, fn func(topic string)) func() {
	w := &prefixWatch{prefix: prefix, fn: fn}
	h.mu.Lock()
	h.prefixes[w] = struct{}{}
	h.mu.Unlock()
	return func() {
		h.mu.Lock()
		delete(h.prefixes, w)
		h.mu.Unlock()
	}
}

func (h *Hub) wake(topic string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs[topic] {
		signal(ch)
	}
	for w := range h.prefixes {
		if strings.HasPrefix(topic, w.prefix) {
			w.fn(topic)
		}
	}
}

func (h *Hub) wakeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, chs := range h.subs {
		for ch := range chs {
			signal(ch)
		}
	}
	for w := range h.prefixes {
		w.fn(w.prefix)
	}
}

func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default: // one wake-up is already pending
	}
}

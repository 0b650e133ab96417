package database

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
)

// hooksKey keys the after-commit callbacks of the outermost transaction
// of one DB.
type hooksKey struct{ db *DB }

// commitHooks are the callbacks of one outermost transaction. A
// transaction that panics never reaches finish: its callbacks are dropped
// with it.
type commitHooks struct {
	ctx   context.Context // WithTx's, without the transaction
	mu    sync.Mutex
	fns   []func(context.Context)
	ended bool // the transaction has ended
	ok    bool // ... and committed
}

// AfterCommit defers fn until the transaction in ctx has committed: the
// outermost one, when WithTx calls nest. On rollback (fn's error, a failed
// commit, a panic) fn is dropped. Outside a transaction the write it
// follows is already committed, so fn runs at once. Use it for effects
// outside the database that must not claim what did not happen: metric
// increments, cache invalidation, wake-ups.
//
// fn receives the context WithTx was called with (no transaction in it), so
// any query it makes runs on its own. Callbacks run in registration order
// on the goroutine that committed, before WithTx returns; a callback that
// panics is logged and the others still run.
func (db *DB) AfterCommit(ctx context.Context, fn func(ctx context.Context)) {
	h, _ := ctx.Value(hooksKey{db}).(*commitHooks)
	if h == nil {
		fn(ctx)
		return
	}
	h.mu.Lock()
	if !h.ended {
		h.fns = append(h.fns, fn)
		h.mu.Unlock()
		return
	}
	ok := h.ok
	h.mu.Unlock()
	// Registered through a context that outlived its transaction (a
	// goroutine started inside it): the outcome is known.
	if ok {
		runHook(h.ctx, fn, db.logger)
	}
}

// finish records how the transaction ended and, when it committed, runs
// the callbacks.
func (h *commitHooks) finish(committed bool, logger *slog.Logger) {
	h.mu.Lock()
	h.ended, h.ok = true, committed
	fns := h.fns
	h.fns = nil
	h.mu.Unlock()
	if !committed {
		return
	}
	for _, fn := range fns {
		runHook(h.ctx, fn, logger)
	}
}

// runHook runs one callback; a panic is logged, not raised, as the
// transaction it follows has committed and its caller must hear success.
func runHook(ctx context.Context, fn func(context.Context), logger *slog.Logger) {
	defer func() {
		if r := recover(); r != nil {
			logger.Error("after-commit callback panicked", "panic", fmt.Sprint(r))
		}
	}()
	fn(ctx)
}

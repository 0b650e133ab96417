package logging

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"time"

	"vigil/platform/config"
)

// BufferedWriter batches log lines so a busy server does not pay one write
// system call per access-log line (the largest cost of the middleware
// stack under load). Lines reach dst when the buffer fills, every flush
// interval (Run), on Close, and at once after any record at warn level or
// above (see NewFlushing), so problems are never held back.
//
// Two buffers take turns: the one being written to dst is swapped out
// first, so request goroutines appending lines never wait for the disk. A
// line only waits for I/O when dst is so slow that the next buffer has
// grown to eight times the size.
type BufferedWriter struct {
	mu    sync.Mutex // guards cur and spare
	cur   []byte
	spare []byte
	ioMu  sync.Mutex // one writer to dst at a time, in order
	dst   io.Writer
	size  int
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// NewBufferedWriter buffers up to size bytes in front of dst. Call Run in
// a goroutine for periodic flushing and Close at shutdown.
func NewBufferedWriter(dst io.Writer, size int) *BufferedWriter {
	return &BufferedWriter{dst: dst, size: size, cur: make([]byte, 0, size), stop: make(chan struct{}), done: make(chan struct{})}
}

// Write implements io.Writer; slog handlers write one record per call.
func (b *BufferedWriter) Write(p []byte) (int, error) {
	b.mu.Lock()
	b.cur = append(b.cur, p...)
	full := len(b.cur) >= b.size
	over := len(b.cur) >= 8*b.size
	b.mu.Unlock()
	switch {
	case over: // dst is behind: wait for it rather than grow without bound
		return len(p), b.Flush()
	case full && b.ioMu.TryLock(): // otherwise a flush is under way
		err := b.flushLocked()
		b.ioMu.Unlock()
		return len(p), err
	}
	return len(p), nil
}

// Flush writes everything buffered to the destination.
func (b *BufferedWriter) Flush() error {
	b.ioMu.Lock()
	defer b.ioMu.Unlock()
	return b.flushLocked()
}

// flushLocked swaps the current buffer out and writes it; ioMu is held,
// so buffers reach dst in the order they were filled.
func (b *BufferedWriter) flushLocked() error {
	b.mu.Lock()
	out := b.cur
	if b.spare != nil {
		b.cur, b.spare = b.spare[:0], nil
	} else {
		b.cur = make([]byte, 0, b.size)
	}
	b.mu.Unlock()
	if len(out) == 0 {
		b.mu.Lock()
		b.spare = out
		b.mu.Unlock()
		return nil
	}
	_, err := b.dst.Write(out)
	if cap(out) <= 8*b.size {
		b.mu.Lock()
		b.spare = out[:0]
		b.mu.Unlock()
	}
	return err
}

// Run flushes every interval until Close.
func (b *BufferedWriter) Run(interval time.Duration) {
	defer close(b.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			_ = b.Flush()
		case <-b.stop:
			return
		}
	}
}

// Close stops Run (when it was started) and flushes what is left.
func (b *BufferedWriter) Close(running bool) error {
	b.once.Do(func() {
		close(b.stop)
		if running {
			<-b.done
		}
	})
	return b.Flush()
}

// flushingHandler flushes the writer after every record at warn or above.
type flushingHandler struct {
	slog.Handler
	w *BufferedWriter
}

// NewFlushing wraps h so records at warn level or above are flushed to
// the destination as soon as they are written.
func NewFlushing(h slog.Handler, w *BufferedWriter) slog.Handler {
	return flushingHandler{Handler: h, w: w}
}

// Handle implements slog.Handler.
func (f flushingHandler) Handle(ctx context.Context, r slog.Record) error {
	err := f.Handler.Handle(ctx, r)
	if r.Level >= slog.LevelWarn {
		if ferr := f.w.Flush(); err == nil {
			err = ferr
		}
	}
	return err
}

// AppendRecord implements RawAppender when the wrapped handler does.
func (f flushingHandler) AppendRecord(t time.Time, level slog.Level, msg string, attrs func(buf []byte) []byte) error {
	ra, ok := f.Handler.(RawAppender)
	if !ok {
		return errors.New("logging: handler cannot append raw records")
	}
	err := ra.AppendRecord(t, level, msg, attrs)
	if level >= slog.LevelWarn {
		if ferr := f.w.Flush(); err == nil {
			err = ferr
		}
	}
	return err
}

// RawAppenderOf returns the handler's raw path, or nil when it has none.
func RawAppenderOf(h slog.Handler) RawAppender {
	if f, ok := h.(flushingHandler); ok {
		if _, ok := f.Handler.(RawAppender); !ok {
			return nil
		}
		return f
	}
	ra, _ := h.(RawAppender)
	return ra
}

// WithAttrs implements slog.Handler.
func (f flushingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return flushingHandler{Handler: f.Handler.WithAttrs(as), w: f.w}
}

// WithGroup implements slog.Handler.
func (f flushingHandler) WithGroup(name string) slog.Handler {
	return flushingHandler{Handler: f.Handler.WithGroup(name), w: f.w}
}

// NewBuffered is New over a BufferedWriter: the logger batches info lines
// and flushes warnings and errors at once.
func NewBuffered(w *BufferedWriter, cfg config.Log) *slog.Logger {
	return slog.New(NewFlushing(New(w, cfg).Handler(), w))
}

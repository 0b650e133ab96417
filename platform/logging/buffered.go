package logging

import (
	"bufio"
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
type BufferedWriter struct {
	mu   sync.Mutex
	buf  *bufio.Writer
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// NewBufferedWriter buffers up to size bytes in front of dst. Call Run in
// a goroutine for periodic flushing and Close at shutdown.
func NewBufferedWriter(dst io.Writer, size int) *BufferedWriter {
	return &BufferedWriter{buf: bufio.NewWriterSize(dst, size), stop: make(chan struct{}), done: make(chan struct{})}
}

// Write implements io.Writer; slog handlers write one record per call.
func (b *BufferedWriter) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// Flush writes everything buffered to the destination.
func (b *BufferedWriter) Flush() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Flush()
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

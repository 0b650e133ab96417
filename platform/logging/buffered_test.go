package logging

import (
	"strings"
	"sync"
	"testing"
	"time"

	"vigil/platform/config"
	"vigil/platform/logging/logtest"
)

func TestBufferedLogger(t *testing.T) {
	dst := &logtest.Buffer{}
	w := NewBufferedWriter(dst, 1<<16)
	log := NewBuffered(w, config.Log{Level: "info", Format: "json"})

	log.Info("routine", "password", "hunter2")
	if strings.Contains(dst.String(), "routine") {
		t.Fatal("info lines should wait in the buffer")
	}
	log.With("module", "x").Warn("something is wrong")
	out := dst.String()
	if !strings.Contains(out, "routine") || !strings.Contains(out, "something is wrong") {
		t.Fatalf("a warning must flush everything before it: %q", out)
	}
	if strings.Contains(out, "hunter2") {
		t.Fatal("redaction must still apply")
	}

	go w.Run(10 * time.Millisecond)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); log.Info("concurrent", "i", i) }()
	}
	wg.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for strings.Count(dst.String(), "concurrent") < 50 {
		if time.Now().After(deadline) {
			t.Fatalf("periodic flush did not deliver every line: %d", strings.Count(dst.String(), "concurrent"))
		}
		time.Sleep(5 * time.Millisecond)
	}
	log.Info("last words")
	if err := w.Close(true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dst.String(), "last words") {
		t.Fatal("Close must flush")
	}
	for _, line := range strings.Split(strings.TrimSpace(dst.String()), "\n") {
		if !strings.HasPrefix(line, "{") || !strings.HasSuffix(line, "}") {
			t.Fatalf("interleaved or torn line: %q", line)
		}
	}
}

// blockingDst holds every write until released.
type blockingDst struct {
	logtest.Buffer
	entered chan struct{}
	release chan struct{}
}

func (d *blockingDst) Write(p []byte) (int, error) {
	d.entered <- struct{}{}
	<-d.release
	return d.Buffer.Write(p)
}

// Lines keep arriving while a full buffer is being written (the writer
// swaps it out first), everything reaches dst in order, and a writer only
// waits once the next buffer has grown to eight times the size.
func TestBufferedWriterDoesNotWaitForSlowDst(t *testing.T) {
	dst := &blockingDst{entered: make(chan struct{}, 1), release: make(chan struct{})}
	w := NewBufferedWriter(dst, 100)
	line := func(i int) []byte { return []byte(strings.Repeat(string(rune('a'+i%26)), 49) + "\n") }
	go func() { _, _ = w.Write(line(0)); _, _ = w.Write(line(1)) }() // fills the buffer: the flush blocks in dst
	<-dst.entered
	done := make(chan struct{})
	go func() {
		for i := 2; i < 12; i++ { // 500 bytes: under 8x the size
			_, _ = w.Write(line(i))
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("writers waited for a slow destination")
	}
	close(dst.release)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for i := range 12 {
		want.Write(line(i))
	}
	if got := dst.String(); got != want.String() {
		t.Fatalf("lines lost or out of order:\n%q\nwant\n%q", got, want.String())
	}
}

package analysis

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"errors"
	"sync"
)

// pageCache keeps recently served pages of findings (their JSON) in this
// process, least recently used out first, within a byte budget. Entries
// are keyed on the analysis' updated_at, which every change to what a
// page shows moves (completion stores the findings, a triage decision
// touches every completed analysis of its project), and the key is read
// from the database on each request: a replica never serves a page
// another replica has made stale.
type pageCache struct {
	mu      sync.Mutex
	max, n  int
	order   *list.List // front: most recent
	entries map[string]*list.Element
	loading map[string]*pageLoad // pages being made, by key
}

// errPageNotMade is what waiters see when a page's maker panicked.
var errPageNotMade = errors.New("analysis: page not made")

// pageLoad is a page being made by one request for the others that ask
// for it meanwhile.
type pageLoad struct {
	done chan struct{}
	body []byte
	err  error
}

type pageEntry struct {
	key  string
	body []byte
	gz   []byte // body gzipped, made on the first request that accepts it
}

func newPageCache(maxBytes int) *pageCache {
	return &pageCache{max: maxBytes, order: list.New(), entries: map[string]*list.Element{}, loading: map[string]*pageLoad{}}
}

// load returns the page under key, making it with fill (and keeping it)
// when it is not cached. Requests that miss the same key at the same time
// wait for the first one's page instead of each making it: on a cold or
// just-emptied cache, 64 clients of one report would otherwise run 64
// identical summaries (on SQLite one after another, on its single
// connection). A waiter whose maker failed makes the page itself (the
// failure may be the maker's own: its client went away); one whose
// context ends stops waiting.
func (c *pageCache) load(ctx context.Context, key string, fill func() ([]byte, error)) ([]byte, error) {
	if body, ok := c.get(key); ok {
		return body, nil
	}
	c.mu.Lock()
	if l, ok := c.loading[key]; ok {
		c.mu.Unlock()
		select {
		case <-l.done:
			if l.err == nil {
				return l.body, nil
			}
			return c.makePage(key, fill)
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	l := &pageLoad{done: make(chan struct{}), err: errPageNotMade}
	c.loading[key] = l
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.loading, key)
		c.mu.Unlock()
		close(l.done)
	}()
	l.body, l.err = c.makePage(key, fill)
	return l.body, l.err
}

// makePage makes the page under key with fill and keeps it.
func (c *pageCache) makePage(key string, fill func() ([]byte, error)) ([]byte, error) {
	body, err := fill()
	if err != nil {
		return nil, err
	}
	c.put(key, body)
	return body, nil
}

func (c *pageCache) get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*pageEntry).body, true
}

// getGzip returns the cached page gzipped, compressing it once.
func (c *pageCache) getGzip(key string) ([]byte, bool) {
	c.mu.Lock()
	el, ok := c.entries[key]
	if !ok {
		c.mu.Unlock()
		return nil, false
	}
	c.order.MoveToFront(el)
	e := el.Value.(*pageEntry)
	gz, body := e.gz, e.body
	c.mu.Unlock()
	if gz != nil {
		return gz, true
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(body)
	if zw.Close() != nil {
		return nil, false
	}
	gz = buf.Bytes()
	c.mu.Lock()
	if el, ok := c.entries[key]; ok && el.Value.(*pageEntry).gz == nil {
		el.Value.(*pageEntry).gz = gz
		c.n += len(gz)
		c.evict()
	}
	c.mu.Unlock()
	return gz, true
}

func (c *pageCache) put(key string, body []byte) {
	if len(body) > c.max/8 {
		return // one huge page must not evict everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok {
		e := el.Value.(*pageEntry)
		c.n -= len(e.body) + len(e.gz)
		c.order.Remove(el)
	}
	c.entries[key] = c.order.PushFront(&pageEntry{key: key, body: body})
	c.n += len(body)
	c.evict()
}

// evict drops least recently used pages until the cache fits its budget.
func (c *pageCache) evict() {
	for c.n > c.max {
		el := c.order.Back()
		e := el.Value.(*pageEntry)
		c.order.Remove(el)
		delete(c.entries, e.key)
		c.n -= len(e.body) + len(e.gz)
	}
}

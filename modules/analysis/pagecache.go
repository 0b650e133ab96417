package analysis

import (
	"bytes"
	"compress/gzip"
	"container/list"
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
}

type pageEntry struct {
	key  string
	body []byte
	gz   []byte // body gzipped, made on the first request that accepts it
}

func newPageCache(maxBytes int) *pageCache {
	return &pageCache{max: maxBytes, order: list.New(), entries: map[string]*list.Element{}}
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

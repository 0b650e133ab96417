package analysis

import (
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

func (c *pageCache) put(key string, body []byte) {
	if len(body) > c.max/8 {
		return // one huge page must not evict everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok {
		c.n -= len(el.Value.(*pageEntry).body)
		c.order.Remove(el)
	}
	c.entries[key] = c.order.PushFront(&pageEntry{key: key, body: body})
	c.n += len(body)
	for c.n > c.max {
		el := c.order.Back()
		e := el.Value.(*pageEntry)
		c.order.Remove(el)
		delete(c.entries, e.key)
		c.n -= len(e.body)
	}
}

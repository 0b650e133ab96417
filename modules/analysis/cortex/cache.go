package cortex

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"gorm.io/gorm/clause"

	"vigil/platform/config"
)

// cacheRow is one row of ai_cache (migration 00035): a validated model
// answer keyed by (model, prompt template version, content hash).
type cacheRow struct {
	Key             string `gorm:"primaryKey"`
	Provider        string
	Model           string
	TemplateVersion string
	ContentHash     string
	Response        string
	InputTokens     int64
	OutputTokens    int64
	CreatedAt       time.Time
}

func (cacheRow) TableName() string { return "ai_cache" }

// responseCache is the database-backed cache shared by every replica.
type responseCache struct {
	db Database
}

// cacheKey derives the row key. The model is part of it so a stronger model
// never serves a weaker one's answer as its own (the report names the model).
// scope is empty for the instance's providers (shared by every replica and
// every workspace using them) and set for a workspace's own provider (see
// workspaceCacheScope): its answers come from a server the workspace chose
// and must never be served to anyone else.
func cacheKey(scope, model, templateVersion, contentHash string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", model, templateVersion, contentHash)
	if scope != "" {
		fmt.Fprintf(h, "\x00scope:%s", scope)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// workspaceCacheScope identifies a workspace's own provider by what decides
// who answers and who pays: name, kind, base URL and key (hashed, so the key
// is not recoverable from row keys). Two workspaces share cached answers
// only if they use the very same key with the same server; rotating the key
// starts a fresh cache.
func workspaceCacheScope(p config.AIProvider) string {
	h := sha256.New()
	fmt.Fprintf(h, "workspace\x00%s\x00%s\x00%s\x00%s", p.Name, p.Kind, p.BaseURL, p.APIKey)
	return hex.EncodeToString(h.Sum(nil))
}

// cacheSlot is one (scope, model) pair a cached answer may be found under.
type cacheSlot struct {
	scope string
	model string
}

// contentHash hashes everything a model sees plus the answer schema.
func contentHash(schemaName string, msgs []Message) string {
	h := sha256.New()
	fmt.Fprintf(h, "schema:%s\x00", schemaName)
	for _, m := range msgs {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", m.Role, len(m.Content), m.Content)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// lookup returns the cached row for the first of slots (in order) that
// has one.
func (c *responseCache) lookup(ctx context.Context, slots []cacheSlot, templateVersion, hash string) (*cacheRow, error) {
	if len(slots) == 0 {
		return nil, nil
	}
	keys := make([]string, len(slots))
	for i, sl := range slots {
		keys[i] = cacheKey(sl.scope, sl.model, templateVersion, hash)
	}
	var rows []cacheRow
	if err := c.db.Conn(ctx).Where("key IN ?", keys).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("cortex: cache lookup: %w", err)
	}
	byKey := make(map[string]*cacheRow, len(rows))
	for i := range rows {
		byKey[rows[i].Key] = &rows[i]
	}
	for _, k := range keys {
		if r, ok := byKey[k]; ok {
			return r, nil
		}
	}
	return nil, nil
}

// store saves a validated answer; a concurrent writer of the same key wins
// silently (both answers are valid for the same input).
func (c *responseCache) store(ctx context.Context, scope string, row cacheRow) error {
	row.Key = cacheKey(scope, row.Model, row.TemplateVersion, row.ContentHash)
	if row.CreatedAt.IsZero() {
		row.CreatedAt = time.Now().UTC()
	}
	err := c.db.Conn(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("cortex: cache store: %w", err)
	}
	return nil
}

// PruneCache deletes cached answers older than maxAge and returns how many
// went. The analysis service runs it as a periodic job; a pruned answer is
// simply asked again (and paid for) on the next scan that needs it.
func (s *Service) PruneCache(ctx context.Context, maxAge time.Duration) (int64, error) {
	cutoff := s.clock.Now().Add(-maxAge).UTC()
	res := s.cache.db.Conn(ctx).Where("created_at < ?", cutoff).Delete(&cacheRow{})
	if res.Error != nil {
		return 0, fmt.Errorf("cortex: prune cache: %w", res.Error)
	}
	return res.RowsAffected, nil
}

// PruneCacheSize deletes the oldest cached answers until the responses
// kept take at most maxBytes, and returns how many went (housekeeping; 0
// maxBytes keeps everything).
func (s *Service) PruneCacheSize(ctx context.Context, maxBytes int64) (int64, error) {
	if maxBytes <= 0 {
		return 0, nil
	}
	db := s.cache.db.Conn(ctx)
	var total int64
	if err := db.Model(&cacheRow{}).Select("COALESCE(SUM(LENGTH(response)), 0)").Scan(&total).Error; err != nil {
		return 0, fmt.Errorf("cortex: prune cache by size: %w", err)
	}
	var removed int64
	for total > maxBytes {
		var oldest []struct {
			Key  string
			Size int64
		}
		if err := db.Model(&cacheRow{}).Select("key, LENGTH(response) AS size").Order("created_at, key").Limit(200).Scan(&oldest).Error; err != nil {
			return removed, fmt.Errorf("cortex: prune cache by size: %w", err)
		}
		if len(oldest) == 0 {
			break
		}
		var keys []string
		for _, o := range oldest {
			if total <= maxBytes {
				break
			}
			keys = append(keys, o.Key)
			total -= o.Size
		}
		res := db.Where("key IN ?", keys).Delete(&cacheRow{})
		if res.Error != nil {
			return removed, fmt.Errorf("cortex: prune cache by size: %w", res.Error)
		}
		removed += res.RowsAffected
	}
	return removed, nil
}

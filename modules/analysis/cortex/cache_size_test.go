package cortex

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"vigil/platform/config"
)

// TestPruneCacheSize keeps the newest answers within the byte budget and
// deletes the oldest, on both databases.
func TestPruneCacheSize(t *testing.T) {
	bothDBs(t, func(t *testing.T, db *gorm.DB) {
		s := newTestService(t, db, newFakeClock(), config.AI{})
		t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range 5 { // five answers of 100 bytes, oldest first
			row := cacheRow{Key: fmt.Sprintf("k%d", i), Provider: "p", Model: "m", TemplateVersion: "v", ContentHash: "h",
				Response: strings.Repeat("x", 100), CreatedAt: t0.Add(time.Duration(i) * time.Hour)}
			if err := db.Create(&row).Error; err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			name     string
			maxBytes int64
			removed  int64
			left     string
		}{
			{"no bound", 0, 0, "k0,k1,k2,k3,k4"},
			{"within the bound", 500, 0, "k0,k1,k2,k3,k4"},
			{"over by a little", 350, 2, "k2,k3,k4"},
			{"down to one", 100, 2, "k4"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				n, err := s.PruneCacheSize(context.Background(), tt.maxBytes)
				if err != nil || n != tt.removed {
					t.Fatalf("PruneCacheSize = %d, %v; want %d", n, err, tt.removed)
				}
				var keys []string
				db.Model(&cacheRow{}).Order("key").Pluck("key", &keys)
				if strings.Join(keys, ",") != tt.left {
					t.Fatalf("left %v, want %s", keys, tt.left)
				}
			})
		}
	})
}

// Package blob stores opaque byte objects (uploaded sources) where every
// replica can read them. The default store keeps them in the database's
// blobs table, so a job enqueued by one replica can run on any other
// without shared disks.
package blob

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"vigil/platform/database"
	"vigil/platform/errs"
)

// Store is what callers depend on; the database store implements it.
type Store interface {
	// Put writes data under key, replacing any previous object.
	Put(ctx context.Context, key string, data []byte) error
	// Get returns the object, or an errs not-found error.
	Get(ctx context.Context, key string) ([]byte, error)
	// Delete removes the object; deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error
}

// DBStore keeps blobs in the blobs table. Writes join the caller's
// transaction (database.WithTx), so a blob and the row that references it
// commit or roll back together.
type DBStore struct {
	db *database.DB
}

// NewDB returns a database-backed store.
func NewDB(db *database.DB) (*DBStore, error) {
	if db == nil {
		return nil, errors.New("blob: nil database")
	}
	return &DBStore{db: db}, nil
}

type row struct {
	Key       string `gorm:"primaryKey"`
	Size      int64
	Data      []byte
	CreatedAt time.Time
}

func (row) TableName() string { return "blobs" }

// Put implements Store.
func (s *DBStore) Put(ctx context.Context, key string, data []byte) error {
	if key == "" {
		return errors.New("blob: empty key")
	}
	if data == nil {
		data = []byte{}
	}
	r := row{Key: key, Size: int64(len(data)), Data: data, CreatedAt: time.Now().UTC()}
	err := s.db.Conn(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "key"}},
		DoUpdates: clause.AssignmentColumns([]string{"size", "data", "created_at"}),
	}).Create(&r).Error
	if err != nil {
		return fmt.Errorf("blob: put %s: %w", key, err)
	}
	return nil
}

// Get implements Store.
func (s *DBStore) Get(ctx context.Context, key string) ([]byte, error) {
	var r row
	err := s.db.Conn(ctx).Where("key = ?", key).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("blob")
	}
	if err != nil {
		return nil, fmt.Errorf("blob: get %s: %w", key, err)
	}
	return r.Data, nil
}

// Delete implements Store.
func (s *DBStore) Delete(ctx context.Context, key string) error {
	if err := s.db.Conn(ctx).Where("key = ?", key).Delete(&row{}).Error; err != nil {
		return fmt.Errorf("blob: delete %s: %w", key, err)
	}
	return nil
}

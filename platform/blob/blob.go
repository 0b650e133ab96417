// Package blob stores opaque byte objects (uploaded sources) where every
// replica can read them. The default store keeps them in the database's
// blobs table, so a job enqueued by one replica can run on any other
// without shared disks.
package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"vigil/platform/database"
	"vigil/platform/errs"
)

// Store is what callers depend on; the database store implements it.
type Store interface {
	// Put writes the size bytes read from r under key, replacing any
	// previous object. It streams: an upload is never held in memory
	// whole. A reader that ends before size bytes is an error and stores
	// nothing (the database store also refuses one that runs on).
	Put(ctx context.Context, key string, r io.Reader, size int64) error
	// Get returns the object, or an errs not-found error.
	Get(ctx context.Context, key string) ([]byte, error)
	// Delete removes the object; deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error
}

// ChunkSize is the most one blob_chunks row holds: what the database
// store keeps in memory while it writes or reads an object.
const ChunkSize = 1 << 20

// DBStore keeps blobs in the blobs table (key, size, creation time) and
// their bytes in blob_chunks rows of ChunkSize. Writes join the caller's
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

// Put implements Store: one ChunkSize buffer is reused for every chunk,
// all in one transaction (the caller's when there is one).
func (s *DBStore) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	if key == "" {
		return errors.New("blob: empty key")
	}
	if size < 0 {
		return fmt.Errorf("blob: put %s: negative size %d", key, size)
	}
	buf := make([]byte, min(size+1, ChunkSize))
	err := s.db.WithTx(ctx, func(ctx context.Context) error {
		c := s.db.Conn(ctx)
		head := row{Key: key, Size: size, Data: []byte{}, CreatedAt: time.Now().UTC()}
		err := c.Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "key"}},
			DoUpdates: clause.AssignmentColumns([]string{"size", "data", "created_at"}),
		}).Create(&head).Error
		if err != nil {
			return err
		}
		if err := c.Exec("DELETE FROM blob_chunks WHERE key = ?", key).Error; err != nil {
			return err
		}
		var written int64
		for seq := 0; ; seq++ {
			n, rerr := io.ReadFull(r, buf[:min(int64(len(buf)), size-written+1)])
			if n > 0 {
				if written+int64(n) > size {
					return fmt.Errorf("the reader has more than %d bytes", size)
				}
				if err := c.Exec("INSERT INTO blob_chunks (key, seq, data) VALUES (?, ?, ?)", key, seq, buf[:n]).Error; err != nil {
					return err
				}
				written += int64(n)
			}
			if errors.Is(rerr, io.EOF) || errors.Is(rerr, io.ErrUnexpectedEOF) {
				break
			}
			if rerr != nil {
				return rerr
			}
		}
		if written != size {
			return fmt.Errorf("the reader ended after %d of %d bytes", written, size)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("blob: put %s: %w", key, err)
	}
	return nil
}

type chunk struct {
	Data []byte
}

// Get implements Store. Objects stored before chunking keep their bytes
// in blobs.data; newer ones are the concatenation of their chunks.
func (s *DBStore) Get(ctx context.Context, key string) ([]byte, error) {
	var r row
	err := s.db.Conn(ctx).Where("key = ?", key).Take(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, errs.NotFound("blob")
	}
	if err != nil {
		return nil, fmt.Errorf("blob: get %s: %w", key, err)
	}
	out := make([]byte, 0, max(r.Size, int64(len(r.Data))))
	out = append(out, r.Data...)
	for seq := 0; int64(len(out)) < r.Size; seq++ {
		var c chunk
		err := s.db.Conn(ctx).Table("blob_chunks").Select("data").Where("key = ? AND seq = ?", key, seq).Take(&c).Error
		if err != nil {
			return nil, fmt.Errorf("blob: get %s: chunk %d: %w", key, seq, err)
		}
		out = append(out, c.Data...)
	}
	if int64(len(out)) != r.Size {
		return nil, fmt.Errorf("blob: get %s: %d bytes stored, %d recorded", key, len(out), r.Size)
	}
	return out, nil
}

// Delete implements Store.
func (s *DBStore) Delete(ctx context.Context, key string) error {
	err := s.db.WithTx(ctx, func(ctx context.Context) error {
		if err := s.db.Conn(ctx).Exec("DELETE FROM blob_chunks WHERE key = ?", key).Error; err != nil {
			return err
		}
		return s.db.Conn(ctx).Where("key = ?", key).Delete(&row{}).Error
	})
	if err != nil {
		return fmt.Errorf("blob: delete %s: %w", key, err)
	}
	return nil
}

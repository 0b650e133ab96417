package database

import (
	"context"
	"database/sql"
	"fmt"

	"gorm.io/gorm"
)

// txKey keys the transaction per DB, so a transaction of one database is
// never used for another (tests open several).
type txKey struct{ db *DB }

// WithTx runs fn in a transaction carried in ctx. When ctx already holds a
// transaction of this DB, fn joins it (the outer caller commits), so
// services compose without knowing who started the transaction. fn must
// use Conn(ctx) for every query: on SQLite there is one connection and a
// query outside the transaction would wait for it forever.
//
// Callbacks registered with AfterCommit inside fn run once the outermost
// transaction has committed, and are dropped when it rolls back.
func (db *DB) WithTx(ctx context.Context, fn func(ctx context.Context) error) error {
	if _, ok := ctx.Value(txKey{db}).(*gorm.DB); ok {
		return fn(ctx)
	}
	h := &commitHooks{ctx: ctx}
	err := db.gorm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return fn(context.WithValue(context.WithValue(ctx, txKey{db}, tx), hooksKey{db}, h))
	})
	if err != nil {
		h.finish(false, db.logger)
		return err
	}
	h.finish(true, db.logger)
	return nil
}

// Conn is the handle stores query with: the transaction in ctx, or the
// database bound to ctx.
func (db *DB) Conn(ctx context.Context) *gorm.DB {
	if tx, ok := ctx.Value(txKey{db}).(*gorm.DB); ok {
		return tx.WithContext(ctx)
	}
	return db.gorm.WithContext(ctx)
}

// InTx reports whether ctx carries a transaction of this DB.
func (db *DB) InTx(ctx context.Context) bool {
	_, ok := ctx.Value(txKey{db}).(*gorm.DB)
	return ok
}

// SQLTx returns the *sql.Tx under the transaction in ctx, for libraries
// (the job runner) that must write in the same transaction.
func (db *DB) SQLTx(ctx context.Context) (*sql.Tx, bool) {
	tx, ok := ctx.Value(txKey{db}).(*gorm.DB)
	if !ok {
		return nil, false
	}
	switch p := tx.Statement.ConnPool.(type) {
	case *sql.Tx:
		return p, true
	case *gorm.PreparedStmtTX:
		if t, ok := p.Tx.(*sql.Tx); ok {
			return t, true
		}
	}
	return nil, false
}

// Rebind rewrites "?" placeholders to "$1, $2..." on PostgreSQL so raw SQL
// shared by both dialects can be written once.
func (db *DB) Rebind(query string) string {
	if db.dialect != Postgres {
		return query
	}
	out := make([]byte, 0, len(query)+8)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			out = fmt.Appendf(out, "$%d", n)
			continue
		}
		out = append(out, query[i])
	}
	return string(out)
}

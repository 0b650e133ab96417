package migrate

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/pressly/goose/v3"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"vigil/platform/database"
)

// riverSchemaVersion pins River's schema to the version River v0.51.1
// ships; a River upgrade that adds migrations gets a new goose migration
// with a higher target, so upgrades stay ordered and under goose's lock
// (River's migrator has no lock of its own).
const riverSchemaVersion = 8

// riverMigration is goose version 1: River's tables, written by River's
// own migrator. On PostgreSQL it runs outside goose's transaction because
// River adds an enum value and uses it in a later step (PostgreSQL refuses
// that in one transaction); River then gives each step its own
// transaction, and goose's session lock still keeps replicas apart. On
// SQLite it runs inside goose's transaction: the database has a single
// connection, which goose is holding.
func riverMigration(dialect string) *goose.Migration {
	if dialect == database.Postgres {
		run := func(dir rivermigrate.Direction, target int) func(ctx context.Context, db *sql.DB) error {
			return func(ctx context.Context, db *sql.DB) error {
				m, err := rivermigrate.New(riverdatabasesql.New(db), nil)
				if err == nil {
					_, err = m.Migrate(ctx, dir, &rivermigrate.MigrateOpts{TargetVersion: target})
				}
				if err != nil {
					return fmt.Errorf("river schema %s: %w", dir, err)
				}
				return nil
			}
		}
		return goose.NewGoMigration(1,
			&goose.GoFunc{RunDB: run(rivermigrate.DirectionUp, riverSchemaVersion)},
			&goose.GoFunc{RunDB: run(rivermigrate.DirectionDown, -1)},
		)
	}
	run := func(dir rivermigrate.Direction, target int) func(ctx context.Context, tx *sql.Tx) error {
		return func(ctx context.Context, tx *sql.Tx) error {
			m, err := rivermigrate.New(riversqlite.New(nil), nil)
			if err == nil {
				_, err = m.MigrateTx(ctx, tx, dir, &rivermigrate.MigrateOpts{TargetVersion: target})
			}
			if err != nil {
				return fmt.Errorf("river schema %s: %w", dir, err)
			}
			return nil
		}
	}
	return goose.NewGoMigration(1,
		&goose.GoFunc{RunTx: run(rivermigrate.DirectionUp, riverSchemaVersion)},
		&goose.GoFunc{RunTx: run(rivermigrate.DirectionDown, -1)},
	)
}

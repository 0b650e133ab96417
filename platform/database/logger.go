package database

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"gorm.io/gorm"
	gormlogger "gorm.io/gorm/logger"
)

// gormLogger sends gorm's output to slog: slow queries at warn (SQL text
// without parameters, which may hold secrets), failures at debug (callers
// wrap and return them; the HTTP error handler logs each 5xx once).
type gormLogger struct {
	logger *slog.Logger
	slow   time.Duration
}

func (l *gormLogger) LogMode(gormlogger.LogLevel) gormlogger.Interface { return l }

func (l *gormLogger) Info(ctx context.Context, msg string, args ...any) {
	l.logger.DebugContext(ctx, "gorm: "+msg, "args", args)
}

func (l *gormLogger) Warn(ctx context.Context, msg string, args ...any) {
	l.logger.WarnContext(ctx, "gorm: "+msg, "args", args)
}

func (l *gormLogger) Error(ctx context.Context, msg string, args ...any) {
	l.logger.ErrorContext(ctx, "gorm: "+msg, "args", args)
}

func (l *gormLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	elapsed := time.Since(begin)
	switch {
	case err != nil && !errors.Is(err, gorm.ErrRecordNotFound) && !errors.Is(err, context.Canceled):
		if l.logger.Enabled(ctx, slog.LevelDebug) {
			sql, rows := fc()
			l.logger.DebugContext(ctx, "sql failed", "sql", sql, "rows", rows, "duration_ms", elapsed.Milliseconds(), "error", err.Error())
		}
	case l.slow > 0 && elapsed > l.slow:
		sql, rows := fc()
		l.logger.WarnContext(ctx, "slow sql", "sql", sql, "rows", rows, "duration_ms", elapsed.Milliseconds(), "threshold_ms", l.slow.Milliseconds())
	}
}

// ParamsFilter drops bound values from logged SQL so secrets never reach logs.
func (l *gormLogger) ParamsFilter(_ context.Context, sql string, _ ...any) (string, []any) {
	return sql, nil
}

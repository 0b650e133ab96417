package database

import (
	"context"
	"errors"
	"log/slog"
	"regexp"
	"time"

	"gorm.io/gorm"
	gormlogger "gorm.io/gorm/logger"
)

// gormLogger sends gorm's output to slog: slow queries at warn, failures
// at debug (callers wrap and return them; the HTTP error handler logs each
// 5xx once). Logged SQL never carries values, which may be secrets: gorm
// interpolates them into the text for some calls (Raw(...).Scan), so
// string literals are masked.
type gormLogger struct {
	logger *slog.Logger
	slow   time.Duration
	// literal matches the string literals the dialect's explainer writes.
	literal *regexp.Regexp
}

var (
	singleQuoted = regexp.MustCompile(`'(?:[^']|'')*'`)
	doubleQuoted = regexp.MustCompile(`"(?:[^"]|"")*"`)
)

func newGormLogger(logger *slog.Logger, slow time.Duration, dialect string) *gormLogger {
	lit := singleQuoted // PostgreSQL: values in '...', identifiers in "..."
	if dialect == SQLite {
		lit = doubleQuoted // gormlite: values in "...", identifiers in `...`
	}
	return &gormLogger{logger: logger, slow: slow, literal: lit}
}

func (l *gormLogger) mask(sql string) string { return l.literal.ReplaceAllString(sql, "?") }

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
			l.logger.DebugContext(ctx, "sql failed", "sql", l.mask(sql), "rows", rows, "duration_ms", elapsed.Milliseconds(), "error", err.Error())
		}
	case l.slow > 0 && elapsed > l.slow:
		sql, rows := fc()
		l.logger.WarnContext(ctx, "slow sql", "sql", l.mask(sql), "rows", rows, "duration_ms", elapsed.Milliseconds(), "threshold_ms", l.slow.Milliseconds())
	}
}

// ParamsFilter drops bound values from logged SQL so secrets never reach logs.
func (l *gormLogger) ParamsFilter(_ context.Context, sql string, _ ...any) (string, []any) {
	return sql, nil
}

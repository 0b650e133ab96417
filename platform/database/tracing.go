package database

import (
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"gorm.io/gorm"
)

// spanKey is where the tracing plugin keeps a statement's span between its
// before and after callbacks.
const spanKey = "vigil:otel_span"

// tracingPlugin is a gorm plugin that opens one span per statement, named
// "db <operation> <table>" with the dialect, operation and table as
// attributes. It never records SQL text or values (they can hold secrets
// and code). A statement whose context carries no span records nothing:
// only work already traced (a request, a job) gets query spans, so
// background polling does not flood the exporter with root traces. The
// tracer provider is looked up per statement, so a provider installed
// after Open (tracing.Setup, a test's recorder) is the one used.
type tracingPlugin struct{ dialect string }

// Name implements gorm.Plugin.
func (tracingPlugin) Name() string { return "vigil:tracing" }

// Initialize implements gorm.Plugin: it wraps every callback chain.
func (p tracingPlugin) Initialize(db *gorm.DB) error {
	cb := db.Callback()
	type chain struct {
		op     string
		before func(string, func(*gorm.DB)) error
		after  func(string, func(*gorm.DB)) error
	}
	chains := []chain{
		{"insert", func(n string, f func(*gorm.DB)) error { return cb.Create().Before("gorm:create").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Create().After("gorm:create").Register(n, f) }},
		{"select", func(n string, f func(*gorm.DB)) error { return cb.Query().Before("gorm:query").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Query().After("gorm:query").Register(n, f) }},
		{"update", func(n string, f func(*gorm.DB)) error { return cb.Update().Before("gorm:update").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Update().After("gorm:update").Register(n, f) }},
		{"delete", func(n string, f func(*gorm.DB)) error { return cb.Delete().Before("gorm:delete").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Delete().After("gorm:delete").Register(n, f) }},
		{"row", func(n string, f func(*gorm.DB)) error { return cb.Row().Before("gorm:row").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Row().After("gorm:row").Register(n, f) }},
		{"raw", func(n string, f func(*gorm.DB)) error { return cb.Raw().Before("gorm:raw").Register(n, f) },
			func(n string, f func(*gorm.DB)) error { return cb.Raw().After("gorm:raw").Register(n, f) }},
	}
	for _, c := range chains {
		if err := c.before("vigil:otel_before_"+c.op, p.start(c.op)); err != nil {
			return err
		}
		if err := c.after("vigil:otel_after_"+c.op, p.end); err != nil {
			return err
		}
	}
	return nil
}

func (p tracingPlugin) start(op string) func(*gorm.DB) {
	return func(db *gorm.DB) {
		ctx := db.Statement.Context
		if ctx == nil || !trace.SpanContextFromContext(ctx).IsValid() {
			return
		}
		table := db.Statement.Table
		_, span := otel.Tracer("vigil/database").Start(ctx, strings.TrimSpace("db "+op+" "+table),
			trace.WithSpanKind(trace.SpanKindClient),
			trace.WithAttributes(
				attribute.String("db.system", p.dialect),
				attribute.String("db.operation", op),
				attribute.String("db.sql.table", table),
			))
		db.InstanceSet(spanKey, span)
	}
}

func (tracingPlugin) end(db *gorm.DB) {
	v, ok := db.InstanceGet(spanKey)
	if !ok {
		return
	}
	span, ok := v.(trace.Span)
	if !ok {
		return
	}
	// Raw statements name their operation by their first keyword only.
	if sql := strings.TrimSpace(db.Statement.SQL.String()); sql != "" {
		if verb, _, _ := strings.Cut(sql, " "); verb != "" {
			span.SetAttributes(attribute.String("db.statement.verb", strings.ToUpper(verb)))
		}
	}
	span.SetAttributes(attribute.Int64("db.rows_affected", db.Statement.RowsAffected))
	if err := db.Error; err != nil && err != gorm.ErrRecordNotFound {
		span.RecordError(err)
		span.SetStatus(codes.Error, "query failed")
	}
	span.End()
}

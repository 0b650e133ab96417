package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/getsentry/sentry-go"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"vigil/platform/logging"
)

// sentryReporter sends failed and panicking jobs to Sentry, beside the
// HTTP errors the server already reports. It is a no-op until sentry.Init
// ran (no DSN configured). Release and environment come from the client
// options; each event is tagged with the job's kind and attempt and with
// the ids found at the top level of its arguments (analysis_id,
// workspace_id, ...). Nothing else from the arguments is sent, and the
// error text is masked like the logs, so no code or secret leaves.
type sentryReporter struct{}

// idArgs are the argument keys copied into tags.
var idArgs = []string{"analysis_id", "workspace_id", "repository_id", "delivery_id"}

// HandleError implements river.ErrorHandler; River's retry schedule goes on.
func (sentryReporter) HandleError(_ context.Context, job *rivertype.JobRow, err error) *river.ErrorHandlerResult {
	report(job, err, "")
	return nil
}

// HandlePanic implements river.ErrorHandler.
func (sentryReporter) HandlePanic(_ context.Context, job *rivertype.JobRow, panicVal any, trace string) *river.ErrorHandlerResult {
	report(job, fmt.Errorf("panic: %v", panicVal), trace)
	return nil
}

func report(job *rivertype.JobRow, err error, trace string) {
	hub := sentry.CurrentHub()
	if hub.Client() == nil || job == nil || err == nil {
		return
	}
	var expected expectedError
	if errors.As(err, &expected) && job.Attempt < job.MaxAttempts {
		return
	}
	hub = hub.Clone()
	hub.WithScope(func(scope *sentry.Scope) {
		scope.SetTag("job_kind", job.Kind)
		scope.SetTag("job_attempt", strconv.Itoa(job.Attempt))
		scope.SetTag("job_final_attempt", strconv.FormatBool(job.Attempt >= job.MaxAttempts))
		var args map[string]any
		if json.Unmarshal(job.EncodedArgs, &args) == nil {
			for _, k := range idArgs {
				if v, ok := args[k].(string); ok && v != "" {
					scope.SetTag(k, v)
				}
			}
		}
		if trace != "" {
			scope.SetTag("job_panic", "true")
			scope.SetContext("panic", sentry.Context{"stack": logging.RedactString(trace)})
		}
		hub.CaptureException(errors.New(logging.RedactString(err.Error())))
	})
}

package integrations

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"vigil/modules/integrations/internal/store"
	"vigil/platform/errs"
	"vigil/platform/jobs"
	"vigil/platform/netguard"
)

// Headers of a generic webhook delivery. The signature is
// "v1=" + hex(HMAC-SHA256(secret, timestamp + "." + body)); receivers
// recompute it and refuse timestamps older than a few minutes (replays).
const (
	HeaderEvent     = "X-Vigil-Event"
	HeaderDelivery  = "X-Vigil-Delivery"
	HeaderTimestamp = "X-Vigil-Timestamp"
	HeaderSignature = "X-Vigil-Signature"
)

// Sign returns the X-Vigil-Signature value of body sent at ts.
func Sign(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(ts, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return "v1=" + hex.EncodeToString(m.Sum(nil))
}

// DeliverArgs is the durable job of one delivery. The job queue is the
// only retry layer: each run of the job is one attempt, a failed attempt
// that may be retried fails the run, and the queue runs it again after
// Backoff, at most MaxAttempts runs in all.
type DeliverArgs struct {
	DeliveryID string `json:"delivery_id"`
}

// Kind implements jobs.Args.
func (DeliverArgs) Kind() string { return "notification_deliver" }

// attempt is the outcome of one send.
type attempt struct {
	code      int    // HTTP status, 0 when none came back
	err       string // what went wrong, safe to show (never the URL)
	retryable bool
}

// Backoff is the wait after the attempt-th failed attempt: base doubled
// per attempt, at most an hour.
func Backoff(base time.Duration, attempt int) time.Duration {
	d := base
	for i := 1; i < attempt && d < maxRetryDelay; i++ {
		d *= 2
	}
	return min(d, maxRetryDelay)
}

// enqueueDelivery queues the job of delivery id (in ctx's transaction).
func (s *Service) enqueueDelivery(ctx context.Context, id string) error {
	return s.d.Jobs.Enqueue(ctx, DeliverArgs{DeliveryID: id}, jobs.MaxAttempts(s.d.MaxAttempts))
}

// workDelivery makes one attempt of a delivery and records it: delivered,
// failed for good, or retrying, when it returns an error so that the job
// queue runs it again after Backoff. A delivery already finished, or
// whose channel is gone, is left alone.
func (s *Service) workDelivery(ctx context.Context, job jobs.Job[DeliverArgs]) error {
	d, err := s.store.DeliveryByID(ctx, job.Args.DeliveryID)
	if errors.Is(err, errs.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if d.Status == store.StatusDelivered || d.Status == store.StatusFailed {
		return nil
	}
	c, err := s.store.ChannelByID(ctx, d.ChannelID)
	if errors.Is(err, errs.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	var res attempt
	if !c.Enabled {
		res = attempt{err: "the channel is disabled"}
	} else {
		res = s.send(ctx, c, d)
	}
	// The queue's run count bounds the attempts (a run that failed before
	// recording still spent one); the delivery's own count covers jobs
	// queued by an earlier release.
	n := max(job.Attempt, d.Attempts+1)
	var next time.Time
	if res.err != "" && res.retryable && n < s.d.MaxAttempts {
		next = s.now().Add(Backoff(s.d.RetryBase, n))
	}
	if err := s.record(ctx, d, res, next); err != nil {
		return err
	}
	if !next.IsZero() {
		return jobs.Expected(fmt.Errorf("integrations: delivery attempt %d of %d: %s", n, s.d.MaxAttempts, res.err))
	}
	return nil
}

// record stores the outcome of attempt number d.Attempts+1: delivered,
// retrying at next (when not zero) or failed. A run replayed after it
// recorded changes nothing.
func (s *Service) record(ctx context.Context, d *store.Delivery, res attempt, next time.Time) error {
	t := s.now()
	set := map[string]any{"attempts": d.Attempts + 1, "response_code": res.code, "error": res.err, "updated_at": t, "next_attempt_at": nil}
	switch {
	case res.err == "":
		set["status"], set["delivered_at"] = store.StatusDelivered, t
	case !next.IsZero():
		set["status"], set["next_attempt_at"] = store.StatusRetrying, next
	default:
		set["status"] = store.StatusFailed
	}
	_, err := s.store.RecordAttempt(ctx, d.ID, d.Attempts, set)
	return err
}

// send makes one attempt to deliver d over c.
func (s *Service) send(ctx context.Context, c *store.Channel, d *store.Delivery) attempt {
	target, err := s.open(ctx, c, "target_sealed", c.TargetSealed, targetContext(c.ID))
	if err != nil {
		return attempt{err: "the channel's address cannot be read (was the instance secret key changed?)"}
	}
	var env Envelope
	if err := json.Unmarshal([]byte(d.Payload), &env); err != nil {
		return attempt{err: "the stored event is malformed"}
	}
	switch c.Kind {
	case KindEmail:
		if s.d.Mailer == nil {
			return attempt{err: "email is not configured on this instance", retryable: true}
		}
		body := env.Text
		if env.URL != "" {
			body += "\n\n" + env.URL
		}
		body += "\n\n— Vigil (notification channel \"" + c.Name + "\")\n"
		if err := s.d.Mailer.Send(ctx, string(target), "[Vigil] "+env.Title, body); err != nil {
			return attempt{err: "the mail server refused or could not be reached", retryable: true}
		}
		return attempt{}
	case KindSlack:
		text := "*" + slackEscape(env.Title) + "*"
		if env.Text != "" {
			text += "\n" + slackEscape(env.Text)
		}
		if env.URL != "" {
			text += "\n<" + env.URL + "|Open in Vigil>"
		}
		body, _ := json.Marshal(map[string]string{"text": text})
		return s.post(ctx, string(target), body, nil)
	case KindWebhook:
		secret, err := s.open(ctx, c, "secret_sealed", c.SecretSealed, secretContext(c.ID))
		if err != nil {
			return attempt{err: "the channel's signing secret cannot be read (was the instance secret key changed?)"}
		}
		body := []byte(d.Payload)
		ts := s.now().Unix()
		h := http.Header{}
		h.Set(HeaderEvent, d.Event)
		h.Set(HeaderDelivery, d.ID)
		h.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
		h.Set(HeaderSignature, Sign(string(secret), ts, body))
		return s.post(ctx, string(target), body, h)
	}
	return attempt{err: "unknown channel kind " + c.Kind}
}

// post sends body as JSON through the guarded client. 2xx is delivered;
// 408, 429, 5xx and network errors may be retried; other statuses and
// refused addresses fail for good. Errors never quote the URL (it often
// holds a token).
func (s *Service) post(ctx context.Context, target string, body []byte, h http.Header) attempt {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return attempt{err: "the channel's URL is not valid"}
	}
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Vigil-Notifications/1")
	resp, err := s.d.Outbound.Do(req)
	if err != nil {
		if errors.Is(err, netguard.ErrBlocked) {
			var be *netguard.BlockedError
			if errors.As(err, &be) {
				return attempt{err: "refused by the SSRF guard: " + be.Reason}
			}
			return attempt{err: "refused by the SSRF guard"}
		}
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return attempt{err: "no answer within 15 s", retryable: true}
		}
		return attempt{err: "could not connect: " + err.Error(), retryable: true}
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
		return attempt{code: code}
	case code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500:
		return attempt{code: code, err: fmt.Sprintf("the receiver answered %d", code), retryable: true}
	default:
		return attempt{code: code, err: fmt.Sprintf("the receiver answered %d", code)}
	}
}

// slackEscape escapes the three characters Slack's mrkdwn gives meaning.
func slackEscape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

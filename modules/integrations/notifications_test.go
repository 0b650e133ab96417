package integrations

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"vigil/platform/database"
	"vigil/platform/dbtest"
	"vigil/platform/errs"
	"vigil/platform/secrets"
)

// verifySignature is what a receiver does with our headers, written here
// from the documented scheme rather than with Sign.
func verifySignature(t *testing.T, secret string, h hit, now time.Time) {
	t.Helper()
	ts, err := strconv.ParseInt(h.header.Get("X-Vigil-Timestamp"), 10, 64)
	if err != nil {
		t.Fatalf("timestamp header: %q", h.header.Get("X-Vigil-Timestamp"))
	}
	if d := now.Sub(time.Unix(ts, 0)); d < -time.Minute || d > 5*time.Minute {
		t.Fatalf("timestamp %d is %s away from now", ts, d)
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(ts, 10) + "."))
	m.Write(h.body)
	want := "v1=" + hex.EncodeToString(m.Sum(nil))
	if !hmac.Equal([]byte(h.header.Get("X-Vigil-Signature")), []byte(want)) {
		t.Fatalf("signature %q, want %q", h.header.Get("X-Vigil-Signature"), want)
	}
}

// TestWebhookSignedAndRetriedWithBackoff: a webhook that answers 500 twice
// gets the event a third time, each attempt signed with the secret shown
// at creation, the waits doubling; the delivery log ends delivered with
// the receiver's code after 3 attempts.
func TestWebhookSignedAndRetriedWithBackoff(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true, false)
		rcv := newReceiver(t, 500, 503)
		ch := e.create(t, ChannelRequest{Name: "hooks", Kind: KindWebhook, URL: rcv.URL + "/vigil", Events: []string{EventAnalysisCompleted}})
		if !strings.HasPrefix(ch.Secret, "whsec_") || ch.TargetHint != rcv.URL {
			t.Fatalf("created %+v", ch)
		}
		e.svc.AnalysisFinished(e.as("admin"), AnalysisOutcome{AnalysisID: "a1", WorkspaceID: e.ws, Name: "shop", Status: "completed",
			Counts: map[string]int{"high": 2}})
		d := e.waitDelivery(t, ch.ID)
		if d.Status != "delivered" || d.Attempts != 3 || d.ResponseCode != 200 || d.Error != "" || d.DeliveredAt == nil {
			t.Fatalf("delivery %+v", d)
		}
		hits := rcv.got()
		if len(hits) != 3 {
			t.Fatalf("receiver got %d requests, want 3", len(hits))
		}
		for _, h := range hits {
			verifySignature(t, ch.Secret, h, time.Now())
			if h.header.Get("X-Vigil-Event") != EventAnalysisCompleted || h.header.Get("X-Vigil-Delivery") != d.ID || h.path != "/vigil" {
				t.Fatalf("headers %v path %s", h.header, h.path)
			}
		}
		var env Envelope
		if err := json.Unmarshal(hits[2].body, &env); err != nil {
			t.Fatal(err)
		}
		if env.Type != EventAnalysisCompleted || env.WorkspaceID != e.ws || env.URL != "https://vigil.example.com/analyses/a1" || !strings.Contains(string(env.Data), `"analysis_id":"a1"`) {
			t.Fatalf("body %s", hits[2].body)
		}
		// Backoff: the second wait is about twice the first.
		first, second := hits[1].at.Sub(hits[0].at), hits[2].at.Sub(hits[1].at)
		if first < testRetryBase || second < 2*testRetryBase {
			t.Fatalf("waits %s then %s, want at least %s then %s", first, second, testRetryBase, 2*testRetryBase)
		}
		t.Logf("waits between attempts: %s, %s", first, second)
	})
}

// TestDeliveryGivesUp: a 4xx answer is final (no retry), and a receiver
// that keeps failing is tried MaxAttempts times, then failed.
func TestDeliveryGivesUp(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true, false)
		gone := newReceiver(t, 410)
		down := newReceiver(t, 502, 502, 502, 502, 502, 502)
		a := e.create(t, ChannelRequest{Name: "gone", Kind: KindWebhook, URL: gone.URL, Events: []string{EventAnalysisFailed}})
		b := e.create(t, ChannelRequest{Name: "down", Kind: KindSlack, URL: down.URL + "/services/T/B/x", Events: []string{EventAnalysisFailed}})
		e.svc.AnalysisFinished(e.as("admin"), AnalysisOutcome{AnalysisID: "a2", WorkspaceID: e.ws, Status: "failed", FailureReason: "the archive is corrupt"})
		if d := e.waitDelivery(t, a.ID); d.Status != "failed" || d.Attempts != 1 || d.ResponseCode != 410 || !strings.Contains(d.Error, "410") {
			t.Fatalf("4xx delivery %+v", d)
		}
		if d := e.waitDelivery(t, b.ID); d.Status != "failed" || d.Attempts != 4 || d.ResponseCode != 502 {
			t.Fatalf("5xx delivery %+v", d)
		}
		if len(gone.got()) != 1 || len(down.got()) != 4 {
			t.Fatalf("requests: %d to the 410, %d to the 502 (want 1 and 4)", len(gone.got()), len(down.got()))
		}
	})
}

// TestDeliveryRetriesInOneLayer: the job queue is the only retry layer.
// A webhook that always answers 502 gets exactly MaxAttempts requests,
// all from one job that ran MaxAttempts times and whose queue bound is
// that same number (before, each attempt queued a new job that the queue
// itself would also retry up to 5 times: up to 5 × MaxAttempts sends).
func TestDeliveryRetriesInOneLayer(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, true, false)
		down := newReceiver(t, 502, 502, 502, 502, 502, 502, 502, 502)
		ch := e.create(t, ChannelRequest{Name: "down", Kind: KindWebhook, URL: down.URL, Events: []string{EventAnalysisFailed}})
		e.svc.AnalysisFinished(e.as("admin"), AnalysisOutcome{AnalysisID: "a9", WorkspaceID: e.ws, Status: "failed", FailureReason: "x"})
		d := e.waitDelivery(t, ch.ID)
		const maxAttempts = 4 // newEnv's MaxAttempts
		if d.Status != "failed" || d.Attempts != maxAttempts || d.ResponseCode != 502 {
			t.Fatalf("delivery %+v", d)
		}
		time.Sleep(5 * testRetryBase) // a stray retry would land by now
		if n := len(down.got()); n != maxAttempts {
			t.Fatalf("receiver got %d requests, want %d", n, maxAttempts)
		}
		var jobsRows []struct {
			Attempt     int
			MaxAttempts int
			State       string
		}
		if err := db.Gorm().Raw(`SELECT attempt, max_attempts, state FROM river_job WHERE kind = ?`, DeliverArgs{}.Kind()).Scan(&jobsRows).Error; err != nil {
			t.Fatal(err)
		}
		if len(jobsRows) != 1 || jobsRows[0].Attempt != maxAttempts || jobsRows[0].MaxAttempts != maxAttempts || jobsRows[0].State != "completed" {
			t.Fatalf("delivery jobs %+v, want one completed job that ran %d times with a bound of %d", jobsRows, maxAttempts, maxAttempts)
		}
	})
}

// TestChannelsChooseTheirEvents: each channel gets only the events it
// chose, a disabled channel nothing, a replayed event nothing more; Slack
// gets its message text and email its mail.
func TestChannelsChooseTheirEvents(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false, false)
		slack := newReceiver(t)
		s := e.create(t, ChannelRequest{Name: "slack", Kind: KindSlack, URL: slack.URL + "/services/T000/B000/tok", Events: []string{EventFindingsCriticalHigh}})
		m := e.create(t, ChannelRequest{Name: "mail", Kind: KindEmail, Email: "sec@example.com", Events: []string{EventAnalysisCompleted, EventCreditsLow}})
		off := false
		e.create(t, ChannelRequest{Name: "paused", Kind: KindEmail, Email: "x@example.com", Events: EventTypes, Enabled: &off})
		outcome := AnalysisOutcome{AnalysisID: "a3", WorkspaceID: e.ws, Name: "shop <api>", Status: "completed",
			Counts: map[string]int{"critical": 1, "high": 1}, NewCritical: 1}
		ctx := e.as("admin")
		e.svc.AnalysisFinished(ctx, outcome)
		e.svc.AnalysisFinished(ctx, outcome) // replayed: nothing more
		e.svc.CreditsNearlySpent(ctx, CreditsLow{WorkspaceID: e.ws, Balance: 4, Threshold: 10, Reference: "hold-1"})
		// Another workspace's event reaches none of these channels.
		e.svc.AnalysisFinished(ctx, AnalysisOutcome{AnalysisID: "a4", WorkspaceID: "0190f0f0-0000-7000-8000-0000000000ff", Status: "completed"})

		want := map[string][]string{s.ID: {EventFindingsCriticalHigh}, m.ID: {EventCreditsLow, EventAnalysisCompleted}}
		all, _ := e.svc.Channels(ctx)
		for _, c := range all.Items {
			page, err := e.svc.Deliveries(ctx, c.ID, "", 50)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range page.Items {
				got = append(got, d.Event)
				if d.Status != "pending" {
					t.Fatalf("%s: %+v", c.Name, d)
				}
			}
			if strings.Join(got, ",") != strings.Join(want[c.ID], ",") {
				t.Fatalf("%s got %v, want %v", c.Name, got, want[c.ID])
			}
		}
		// Work the queued deliveries by hand (no runner here).
		for _, id := range []string{s.ID, m.ID} {
			page, _ := e.svc.Deliveries(ctx, id, "", 50)
			for _, d := range page.Items {
				if err := e.svc.workDelivery(ctx, jobArgs(d.ID)); err != nil {
					t.Fatal(err)
				}
			}
		}
		hits := slack.got()
		if len(hits) != 1 || hits[0].path != "/services/T000/B000/tok" {
			t.Fatalf("slack got %d", len(hits))
		}
		var msg struct{ Text string }
		_ = json.Unmarshal(hits[0].body, &msg)
		if !strings.Contains(msg.Text, "*shop &lt;api&gt;: 1 new critical or high finding*") || !strings.Contains(msg.Text, "<https://vigil.example.com/analyses/a3|Open in Vigil>") {
			t.Fatalf("slack text %q", msg.Text)
		}
		if len(e.mail.sent) != 2 || !strings.HasPrefix(e.mail.sent[0], "sec@example.com|[Vigil] ") {
			t.Fatalf("mail %q", e.mail.sent)
		}
	})
}

// TestSendTestAndDeliveryLog: "send test" tries once, right away, and the
// answer and the log show the receiver's status code.
func TestSendTestAndDeliveryLog(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false, false)
		rcv := newReceiver(t, 500)
		ch := e.create(t, ChannelRequest{Name: "hooks", Kind: KindWebhook, URL: rcv.URL, Events: []string{EventCreditsLow}})
		first, err := e.svc.SendTest(e.as("owner"), ch.ID)
		if err != nil {
			t.Fatal(err)
		}
		if first.Status != "failed" || first.ResponseCode != 500 || first.Attempts != 1 || first.Event != EventTest {
			t.Fatalf("first test %+v", first)
		}
		second, err := e.svc.SendTest(e.as("owner"), ch.ID)
		if err != nil || second.Status != "delivered" || second.ResponseCode != 200 {
			t.Fatalf("second test %+v %v", second, err)
		}
		verifySignature(t, ch.Secret, rcv.got()[1], time.Now())
		page, err := e.svc.Deliveries(e.as("admin"), ch.ID, "", 1)
		if err != nil || len(page.Items) != 1 || page.Items[0].ID != second.ID || page.NextCursor == "" {
			t.Fatalf("page 1 %+v %v", page, err)
		}
		page, err = e.svc.Deliveries(e.as("admin"), ch.ID, page.NextCursor, 1)
		if err != nil || len(page.Items) != 1 || page.Items[0].ID != first.ID || page.NextCursor != "" {
			t.Fatalf("page 2 %+v %v", page, err)
		}
	})
}

// TestTargetsSealedAndGuarded: the URL (with its token) and the signing
// secret are not in the database in clear, never answered again, and an
// internal address is refused by the SSRF guard.
func TestTargetsSealedAndGuarded(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false, true)
		const token = "XXXXSECRETTOKENXXXX"
		ch := e.create(t, ChannelRequest{Name: "slack", Kind: KindWebhook, URL: "https://hooks.example.com/services/" + token, Events: EventTypes})
		var row struct{ TargetSealed, SecretSealed, TargetHint string }
		if err := db.Gorm().Raw("SELECT target_sealed, secret_sealed, target_hint FROM notification_channels WHERE id = ?", ch.ID).Scan(&row).Error; err != nil {
			t.Fatal(err)
		}
		dump := row.TargetSealed + row.SecretSealed + row.TargetHint
		if strings.Contains(dump, token) || strings.Contains(dump, ch.Secret) || row.TargetHint != "https://hooks.example.com" {
			t.Fatalf("stored in clear: %+v", row)
		}
		got, _ := e.svc.Channel(e.as("admin"), ch.ID)
		if b, _ := json.Marshal(got); strings.Contains(string(b), token) || strings.Contains(string(b), "whsec_") {
			t.Fatalf("answered again: %s", b)
		}
		for _, u := range []string{"http://127.0.0.1:8080/x", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://[::1]/", "ftp://example.com/", "http://2130706433/"} {
			_, err := e.svc.CreateChannel(e.as("admin"), ChannelRequest{Name: "x", Kind: KindWebhook, URL: u, Events: EventTypes})
			if !errors.Is(err, errs.ErrInvalid) {
				t.Fatalf("%s: %v, want invalid", u, err)
			}
		}
		// A name that resolves to loopback passes the early check but the
		// guarded client refuses to connect: the log says why.
		rcv := newReceiver(t)
		port := rcv.URL[strings.LastIndex(rcv.URL, ":"):]
		local := e.create(t, ChannelRequest{Name: "local", Kind: KindWebhook, URL: "http://localhost" + port, Events: EventTypes})
		d, err := e.svc.SendTest(e.as("admin"), local.ID)
		if err != nil || d.Status != "failed" || !strings.Contains(d.Error, "SSRF guard") || len(rcv.got()) != 0 {
			t.Fatalf("test to localhost: %+v %v (receiver got %d)", d, err, len(rcv.got()))
		}
	})
}

func TestBackoffDoublesAndCaps(t *testing.T) {
	for _, c := range []struct {
		attempt int
		want    time.Duration
	}{{1, 30 * time.Second}, {2, time.Minute}, {3, 2 * time.Minute}, {5, 8 * time.Minute}, {7, 32 * time.Minute}, {8, time.Hour}, {30, time.Hour}} {
		if got := Backoff(DefaultRetryBase, c.attempt); got != c.want {
			t.Errorf("Backoff(30s, %d) = %s, want %s", c.attempt, got, c.want)
		}
	}
}

// TestDeliveryErrorsNeverQuoteTheURL: a receiver that cannot be reached
// is retried, and the log's error names the failure, not the URL's token.
func TestDeliveryErrorsNeverQuoteTheURL(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, "sqlite")
	e := newEnv(t, db, false, false)
	rcv := newReceiver(t)
	addr := rcv.URL
	rcv.Close() // nothing listens there any more
	const token = "T0K3N-in-the-path"
	ch := e.create(t, ChannelRequest{Name: "slack", Kind: KindSlack, URL: addr + "/services/" + token, Events: []string{EventCreditsLow}})
	e.svc.CreditsNearlySpent(e.as("admin"), CreditsLow{WorkspaceID: e.ws, Balance: 1, Threshold: 5, Reference: "settle:h1"})
	page, err := e.svc.Deliveries(e.as("admin"), ch.ID, "", 1)
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("%+v %v", page, err)
	}
	// The failed run asks the job queue for a retry, without the URL.
	if err := e.svc.workDelivery(e.as("admin"), jobArgs(page.Items[0].ID)); err == nil || strings.Contains(err.Error(), token) {
		t.Fatalf("run error %v, want a retry that does not quote the URL", err)
	}
	page, _ = e.svc.Deliveries(e.as("admin"), ch.ID, "", 1)
	d := page.Items[0]
	if d.Status != "retrying" || d.Attempts != 1 || d.NextAttemptAt == nil || !strings.Contains(d.Error, "could not connect") || strings.Contains(d.Error, token) {
		t.Fatalf("delivery %+v", d)
	}
}

// TestPruneKeepsRecentAndUnfinished: finished deliveries older than the
// retention go; recent ones and ones still being retried stay.
func TestPruneKeepsRecentAndUnfinished(t *testing.T) {
	t.Parallel()
	dbtest.Each(t, func(t *testing.T, db *database.DB) {
		e := newEnv(t, db, false, false)
		ch := e.create(t, ChannelRequest{Name: "mail", Kind: KindEmail, Email: "a@example.com", Events: EventTypes})
		for i := range 4 {
			e.svc.CreditsNearlySpent(e.as("admin"), CreditsLow{WorkspaceID: e.ws, Balance: 1, Threshold: 5, Reference: "settle:" + strconv.Itoa(i)})
		}
		page, _ := e.svc.Deliveries(e.as("admin"), ch.ID, "", 10)
		old := time.Now().UTC().Add(-DeliveryRetention - time.Hour)
		for i, status := range []string{"delivered", "retrying", "failed"} {
			dbtest.MustExec(t, db, db.Rebind("UPDATE notification_deliveries SET status = ?, updated_at = ? WHERE id = ?"), status, old, page.Items[i].ID)
		}
		recent := page.Items[3].ID
		dbtest.MustExec(t, db, db.Rebind("UPDATE notification_deliveries SET status = ? WHERE id = ?"), "delivered", recent)
		if n, err := e.svc.PruneDeliveries(e.as("admin")); err != nil || n != 2 {
			t.Fatalf("pruned %d (%v), want 2", n, err)
		}
		page, _ = e.svc.Deliveries(e.as("admin"), ch.ID, "", 10)
		if len(page.Items) != 2 || page.Items[0].Status != "retrying" || page.Items[1].ID != recent {
			t.Fatalf("left %+v", page.Items)
		}
	})
}

// TestKeyRotationReseals: after the instance key is rotated (the old one
// kept as previous), a delivery still opens the channel's URL and secret
// and stores them sealed with the new key.
func TestKeyRotationReseals(t *testing.T) {
	t.Parallel()
	db := dbtest.Open(t, "sqlite")
	e := newEnv(t, db, false, false)
	rcv := newReceiver(t)
	ch := e.create(t, ChannelRequest{Name: "hooks", Kind: KindWebhook, URL: rcv.URL, Events: EventTypes})
	rotated, err := secrets.NewSealer(strings.Repeat("n", 64), strings.Repeat("k", 64))
	if err != nil {
		t.Fatal(err)
	}
	e.svc.d.Sealer = rotated
	var before, after struct{ TargetSealed, SecretSealed string }
	q := "SELECT target_sealed, secret_sealed FROM notification_channels WHERE id = ?"
	_ = db.Gorm().Raw(q, ch.ID).Scan(&before).Error
	if !rotated.NeedsRotation(before.TargetSealed) || !rotated.NeedsRotation(before.SecretSealed) {
		t.Fatal("the stored values should be sealed with the previous key")
	}
	d, err := e.svc.SendTest(e.as("admin"), ch.ID)
	if err != nil || d.Status != "delivered" {
		t.Fatalf("test after rotation: %+v %v", d, err)
	}
	verifySignature(t, ch.Secret, rcv.got()[0], time.Now())
	_ = db.Gorm().Raw(q, ch.ID).Scan(&after).Error
	if rotated.NeedsRotation(after.TargetSealed) || rotated.NeedsRotation(after.SecretSealed) {
		t.Fatal("not re-sealed with the current key")
	}
}

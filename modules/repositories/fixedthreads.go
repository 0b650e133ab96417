package repositories

import (
	"context"
	"fmt"
	"strings"

	"vigil/modules/repositories/internal/review"
	"vigil/modules/repositories/internal/store"
)

// fixedMarker tags the "Fixed in" reply, so a retried review never
// answers a thread twice.
const fixedMarker = "<!-- vigil:fixed -->"

// resolveFixed resolves the threads of Vigil's comments whose finding the
// analysis of sha no longer holds, each with a short "Fixed in <sha>"
// reply. A finding still present stays open, dismissed (triaged) ones
// included: those stay quiet. Thread ids come from GraphQL's
// pullRequest.reviewThreads; threads another author started are left
// alone even when they quote a Vigil marker. It returns how many threads
// it resolved.
func (s *Service) resolveFixed(ctx context.Context, g *gh, rep *store.Repository, pr int, sha string, findings []ResultFinding) (int, error) {
	present := make(map[string]bool, len(findings))
	for _, f := range findings {
		present[f.Fingerprint] = true
	}
	threads, err := g.app.ReviewThreads(ctx, rep.InstallationID, rep.FullName, pr)
	if err != nil {
		return 0, fmt.Errorf("repositories: review threads: %w", err)
	}
	n := 0
	for _, t := range threads {
		if t.IsResolved || t.FirstCommentID == 0 || !strings.EqualFold(strings.TrimSuffix(t.FirstAuthor, "[bot]"), g.slug) {
			continue
		}
		fps := review.Posted([]string{t.FirstCommentBody})
		if len(fps) != 1 {
			continue
		}
		var fp string
		for f := range fps {
			fp = f
		}
		if present[fp] {
			continue
		}
		if !strings.Contains(t.LastCommentBody, fixedMarker) {
			short := sha
			if len(short) > 12 {
				short = short[:12]
			}
			if err := g.app.ReplyToReviewComment(ctx, rep.InstallationID, rep.FullName, pr, t.FirstCommentID, "Fixed in "+short+".\n\n"+fixedMarker); err != nil {
				return n, fmt.Errorf("repositories: fixed reply: %w", err)
			}
		}
		if err := g.app.ResolveReviewThread(ctx, rep.InstallationID, t.ID); err != nil {
			return n, fmt.Errorf("repositories: resolve thread: %w", err)
		}
		n++
	}
	return n, nil
}

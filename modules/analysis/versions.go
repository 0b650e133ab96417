package analysis

import (
	"context"
	"strings"
	"sync"

	"gorm.io/gorm"

	"vigil/modules/analysis/internal/store"
	"vigil/platform/notify"
)

// versionTopic is the notify topic on which a write to analyses, their
// findings or triage decisions is announced to every replica.
const versionTopic = "analysis-writes"

// watchedTables are the tables whose rows the report and dashboard
// endpoints' cache keys are read from (an analysis' updated_at and status,
// a workspace's analysis count and latest updated_at). Triage decisions
// and findings are included although every change to them also moves an
// analysis' updated_at: forgetting too often costs a query, too seldom a
// wrong answer.
var watchedTables = []string{"analyses", "analysis_findings", "analysis_triage"}

// versionCache keeps, in this replica, the rows that the findings, summary
// and dashboard endpoints read on every request to find their page in the
// page cache: completed analyses by id and workspaces' dashboard
// versions. With it a cached page costs no database round trip.
//
// Correctness rests on forgetting on every write to the watched tables:
// every such write through gorm, by any module, forgets this replica's
// entries at once (writeWatch) and, on PostgreSQL, sends a NOTIFY in the
// writer's transaction, delivered on commit to every replica's notify hub,
// which forgets them too. A write made under scopedTo (a running
// analysis' progress, phase and heartbeat) forgets only that analysis and
// its workspace's version; any other write forgets everything. Entries are
// served only while the hub's listener is connected, and only those made
// during its current connection, so a notification lost with a dropped
// connection never leaves a stale entry behind. A read that raced with a
// write is not stored (the generation it was stamped with moved).
type versionCache struct {
	// session is the notify hub's (see notify.Hub.Session); nil disables
	// the cache.
	session func() (uint64, bool)
	max     int

	mu         sync.RWMutex
	gen        uint64 // moved by a write that forgets everything
	analyses   map[string]cachedAnalysis
	workspaces map[string]cachedVersion
	// Moved by a scoped write, per analysis and per workspace; cleared
	// with everything else when gen moves.
	analysisGen  map[string]uint64
	workspaceGen map[string]uint64
}

type cachedAnalysis struct {
	a            store.Analysis
	gen, session uint64
}

type cachedVersion struct {
	v            string
	gen, session uint64
}

// cacheStamp is when a read began: an answer is stored only if nothing it
// depends on was written since.
type cacheStamp struct {
	gen, key, session uint64
	ok                bool
}

// writeScope names the one analysis (and its workspace) that the writes of
// a context touch.
type writeScope struct{ workspaceID, analysisID string }

type writeScopeKey struct{}

// scopedTo marks ctx's writes as touching only analysis analysisID of
// workspaceID (its row, findings and events), so they forget only what
// depends on it.
func scopedTo(ctx context.Context, workspaceID, analysisID string) context.Context {
	return context.WithValue(ctx, writeScopeKey{}, writeScope{workspaceID: workspaceID, analysisID: analysisID})
}

func scopeOf(ctx context.Context) (writeScope, bool) {
	if ctx == nil {
		return writeScope{}, false
	}
	sc, ok := ctx.Value(writeScopeKey{}).(writeScope)
	return sc, ok
}

// topic is the notify topic announcing a write in the scope.
func (sc writeScope) topic() string {
	return versionTopic + "/" + sc.workspaceID + "/" + sc.analysisID
}

// parseScope reads a topic written by writeScope.topic; false for the
// topic of a write that forgets everything.
func parseScope(topic string) (writeScope, bool) {
	rest, ok := strings.CutPrefix(topic, versionTopic+"/")
	if !ok {
		return writeScope{}, false
	}
	ws, id, ok := strings.Cut(rest, "/")
	if !ok || ws == "" || id == "" {
		return writeScope{}, false
	}
	return writeScope{workspaceID: ws, analysisID: id}, true
}

func newVersionCache(session func() (uint64, bool)) *versionCache {
	return &versionCache{session: session, max: 20000,
		analyses: map[string]cachedAnalysis{}, workspaces: map[string]cachedVersion{},
		analysisGen: map[string]uint64{}, workspaceGen: map[string]uint64{}}
}

// stamp is taken before reading the database for the entry key of keys
// (analysisGen or workspaceGen).
func (c *versionCache) stamp(keys func(*versionCache) map[string]uint64, key string) cacheStamp {
	if c == nil || c.session == nil {
		return cacheStamp{}
	}
	sess, live := c.session()
	c.mu.RLock()
	defer c.mu.RUnlock()
	return cacheStamp{gen: c.gen, key: keys(c)[key], session: sess, ok: live}
}

func byAnalysis(c *versionCache) map[string]uint64  { return c.analysisGen }
func byWorkspace(c *versionCache) map[string]uint64 { return c.workspaceGen }

// current reports whether an entry made at (gen, session) may be served.
// Callers hold c.mu.
func (c *versionCache) current(gen, session uint64) bool {
	sess, live := c.session()
	return live && sess == session && gen == c.gen
}

// analysis returns the cached row of a completed analysis of workspaceID.
func (c *versionCache) analysis(workspaceID, id string) (*store.Analysis, bool) {
	if c == nil || c.session == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.analyses[id]
	if !ok || e.a.WorkspaceID != workspaceID || !c.current(e.gen, e.session) {
		return nil, false
	}
	a := e.a // each caller gets its own copy
	return &a, true
}

// putAnalysis keeps a completed analysis read since st (stamped for its id).
func (c *versionCache) putAnalysis(st cacheStamp, a *store.Analysis) {
	if !st.ok || a.Status != store.StatusCompleted {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.current(st.gen, st.session) || c.analysisGen[a.ID] != st.key {
		return
	}
	if len(c.analyses) >= c.max {
		c.analyses = map[string]cachedAnalysis{}
	}
	c.analyses[a.ID] = cachedAnalysis{a: *a, gen: st.gen, session: st.session}
}

// workspaceVersion returns the cached dashboard version of a workspace.
func (c *versionCache) workspaceVersion(workspaceID string) (string, bool) {
	if c == nil || c.session == nil {
		return "", false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.workspaces[workspaceID]
	if !ok || !c.current(e.gen, e.session) {
		return "", false
	}
	return e.v, true
}

// putWorkspaceVersion keeps a workspace's version read since st (stamped
// for the workspace).
func (c *versionCache) putWorkspaceVersion(st cacheStamp, workspaceID, v string) {
	if !st.ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.current(st.gen, st.session) || c.workspaceGen[workspaceID] != st.key {
		return
	}
	if len(c.workspaces) >= c.max {
		c.workspaces = map[string]cachedVersion{}
	}
	c.workspaces[workspaceID] = cachedVersion{v: v, gen: st.gen, session: st.session}
}

// invalidate forgets everything (and any read under way).
func (c *versionCache) invalidate() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.invalidateLocked()
}

func (c *versionCache) invalidateLocked() {
	c.gen++
	clear(c.analyses)
	clear(c.workspaces)
	clear(c.analysisGen)
	clear(c.workspaceGen)
}

// forget forgets one analysis and its workspace's version (and reads of
// them under way); everything else stays.
func (c *versionCache) forget(sc writeScope) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.analysisGen) >= c.max || len(c.workspaceGen) >= c.max {
		c.invalidateLocked() // bounds the generation maps
		return
	}
	c.analysisGen[sc.analysisID]++
	c.workspaceGen[sc.workspaceID]++
	delete(c.analyses, sc.analysisID)
	delete(c.workspaces, sc.workspaceID)
}

// forgetFor forgets what a write made under ctx may have changed.
func (c *versionCache) forgetFor(ctx context.Context) {
	if sc, ok := scopeOf(ctx); ok {
		c.forget(sc)
		return
	}
	c.invalidate()
}

// listen forgets what any replica announces a write to (everything, for
// an unscoped write or when the hub reconnects), for the life of the
// process.
func (c *versionCache) listen(hub *notify.Hub) {
	hub.OnPrefix(versionTopic, func(topic string) {
		if sc, ok := parseScope(topic); ok {
			c.forget(sc)
			return
		}
		c.invalidate()
	})
}

// writeWatch is a gorm plugin that tells versionCaches of every write to
// the watched tables, from any module, as the write is made, and on
// PostgreSQL announces it with pg_notify in the writer's own transaction
// (delivered to every replica, this one included, when it commits).
type writeWatch struct {
	postgres bool
	mu       sync.Mutex
	caches   []*versionCache
}

const writeWatchName = "vigil:analysis-writes"

var writeWatchMu sync.Mutex

// watchWrites registers c with the plugin of db, installing it once.
func watchWrites(db *gorm.DB, postgres bool, c *versionCache) error {
	writeWatchMu.Lock()
	defer writeWatchMu.Unlock()
	w, ok := db.Config.Plugins[writeWatchName].(*writeWatch)
	if !ok {
		w = &writeWatch{postgres: postgres}
		if err := db.Use(w); err != nil {
			return err
		}
	}
	w.mu.Lock()
	w.caches = append(w.caches, c)
	w.mu.Unlock()
	return nil
}

// Name implements gorm.Plugin.
func (w *writeWatch) Name() string { return writeWatchName }

// Initialize implements gorm.Plugin: it runs after every create, update,
// delete and raw statement.
func (w *writeWatch) Initialize(db *gorm.DB) error {
	cb := db.Callback()
	if err := cb.Create().After("gorm:create").Register(writeWatchName, w.after); err != nil {
		return err
	}
	if err := cb.Update().After("gorm:update").Register(writeWatchName, w.after); err != nil {
		return err
	}
	if err := cb.Delete().After("gorm:delete").Register(writeWatchName, w.after); err != nil {
		return err
	}
	return cb.Raw().After("gorm:raw").Register(writeWatchName, w.after)
}

func (w *writeWatch) after(db *gorm.DB) {
	if !watchedStatement(db.Statement) {
		return
	}
	w.mu.Lock()
	caches := w.caches
	w.mu.Unlock()
	topic := versionTopic
	sc, scoped := scopeOf(db.Statement.Context)
	if scoped {
		topic = sc.topic()
	}
	for _, c := range caches {
		if scoped {
			c.forget(sc)
		} else {
			c.invalidate()
		}
	}
	if !w.postgres || db.Error != nil || db.DryRun {
		return
	}
	// Same connection (the transaction, when there is one): delivered on
	// commit, never before the change it announces.
	err := db.Session(&gorm.Session{NewDB: true, SkipHooks: true}).
		Exec("SELECT pg_notify(?, ?)", notify.Channel, topic).Error
	if err != nil {
		_ = db.AddError(err)
	}
}

// watchedStatement reports whether a statement writes a watched table:
// by its model's table, or for raw SQL by the table names in its text.
func watchedStatement(st *gorm.Statement) bool {
	table := st.Table
	if table == "" && st.Schema != nil {
		table = st.Schema.Table
	}
	if table != "" {
		for _, t := range watchedTables {
			if table == t {
				return true
			}
		}
		return false
	}
	sql := strings.ToLower(st.SQL.String())
	if strings.Contains(sql, "pg_notify") {
		return false
	}
	for _, t := range watchedTables {
		if strings.Contains(sql, t) {
			return true
		}
	}
	return false
}

// cachedAnalysis returns an analysis of workspaceID for the read-only
// report endpoints: from the version cache when it holds it, else read
// (and kept when completed). Never for writers: they read in their
// transaction.
func (s *Service) cachedAnalysis(ctx context.Context, workspaceID, id string) (*store.Analysis, error) {
	if a, ok := s.versions.analysis(workspaceID, id); ok {
		return a, nil
	}
	st := s.versions.stamp(byAnalysis, id)
	a, err := s.store.Analysis(ctx, workspaceID, id)
	if err != nil {
		return nil, err
	}
	s.versions.putAnalysis(st, a)
	return a, nil
}

// cachedWorkspaceVersion is store.WorkspaceVersion through the cache.
func (s *Service) cachedWorkspaceVersion(ctx context.Context, workspaceID string) (string, error) {
	if v, ok := s.versions.workspaceVersion(workspaceID); ok {
		return v, nil
	}
	st := s.versions.stamp(byWorkspace, workspaceID)
	v, err := s.store.WorkspaceVersion(ctx, workspaceID)
	if err != nil {
		return "", err
	}
	s.versions.putWorkspaceVersion(st, workspaceID, v)
	return v, nil
}

// writeTx is database.WithTx for this module's writes: once a transaction
// it began commits (or rolls back), this replica's version cache forgets
// everything (or, under scopedTo, the scope's analysis), so a read that ran while the transaction was open (and
// saw the old rows under the generation its own writes had already moved)
// is not served afterwards. Other replicas forget on the NOTIFY that the
// commit delivers.
func (s *Service) writeTx(ctx context.Context, fn func(ctx context.Context) error) error {
	outer := s.d.DB.InTx(ctx)
	err := s.d.DB.WithTx(ctx, fn)
	if !outer {
		s.versions.forgetFor(ctx)
	}
	return err
}

// Package gitfetch fetches one ref of a remote git repository as a gzipped
// tar archive with the system's git binary, treating the repository as
// hostile data: nothing from it is ever executed.
//
// git runs with no system or global configuration, hooks pointed at an
// empty path, only the http and https transports allowed (no ext::, file::
// or other protocol helpers), no credential helpers or prompts, redirects
// refused, submodules not fetched and no working tree at all (a bare,
// shallow, single-branch clone followed by git archive), so neither a
// checkout filter (LFS smudge) nor a hook can run. The host is resolved
// once, every address is checked by the SSRF guard, and git is pinned to
// the checked address (http.curloptResolve), so a DNS answer that changes
// between check and connect (rebinding) cannot reach an internal address.
// The clone is bounded in time (context) and in bytes on disk.
package gitfetch

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Guard checks destinations (*netguard.Guard satisfies it).
type Guard interface {
	CheckURL(raw string) error
	CheckAddr(ip netip.Addr, port uint16) error
}

// Limits bound one fetch.
type Limits struct {
	// MaxCloneBytes bounds the bytes the clone may occupy on disk; the
	// clone is killed when it grows past it.
	MaxCloneBytes int64
	// MaxArchiveBytes bounds the archive written.
	MaxArchiveBytes int64
	// Timeout bounds clone and archive together.
	Timeout time.Duration
}

// Request is one ref of one repository.
type Request struct {
	URL string
	// Token, when set, is sent as HTTP basic auth (user x-access-token),
	// which GitHub, GitLab, Gitea and Bitbucket accept for access tokens.
	// It reaches git through the environment, never the command line.
	Token string
	// Ref is a branch or tag name; empty means the remote's HEAD.
	Ref string
}

// Fetcher runs git.
type Fetcher struct {
	Git      string // path of the git binary; "" looks "git" up on PATH
	Guard    Guard
	Resolver *net.Resolver
	Limits   Limits
}

// ErrTooLarge is returned when the clone or the archive passes its limit.
var ErrTooLarge = errors.New("gitfetch: repository exceeds the size limit")

// ErrInvalidRef is returned for a ref git could not use safely or find.
var ErrInvalidRef = errors.New("gitfetch: invalid ref")

// ValidRef reports whether ref is a plausible branch or tag name that
// cannot be mistaken for an option.
func ValidRef(ref string) bool {
	if ref == "" {
		return true
	}
	if len(ref) > 250 || strings.HasPrefix(ref, "-") || strings.Contains(ref, "..") ||
		strings.HasSuffix(ref, ".lock") || strings.HasSuffix(ref, "/") || strings.HasPrefix(ref, "/") {
		return false
	}
	for _, r := range ref {
		if r <= ' ' || r == 0x7f || strings.ContainsRune("~^:?*[\\", r) {
			return false
		}
	}
	return true
}

// CheckURL validates a clone URL: https (or http), a host, no user info,
// no query or fragment, and a host the guard lets through.
func (f *Fetcher) CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return fmt.Errorf("gitfetch: %q is not an http(s) clone URL without credentials", redact(raw))
	}
	return f.Guard.CheckURL(raw)
}

// Fetch clones req shallowly into a private temporary directory and writes
// `git archive` of the fetched commit (gzipped tar) to w. It returns the
// commit id.
func (f *Fetcher) Fetch(ctx context.Context, req Request, w io.Writer) (commit string, err error) {
	if !ValidRef(req.Ref) {
		return "", ErrInvalidRef
	}
	if err := f.CheckURL(req.URL); err != nil {
		return "", err
	}
	u, _ := url.Parse(req.URL)
	pin, err := f.pin(ctx, u)
	if err != nil {
		return "", err
	}
	if f.Limits.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.Limits.Timeout)
		defer cancel()
	}
	tmp, err := os.MkdirTemp("", "vigil-git-*")
	if err != nil {
		return "", fmt.Errorf("gitfetch: %w", err)
	}
	defer os.RemoveAll(tmp)
	home := filepath.Join(tmp, "home")
	repo := filepath.Join(tmp, "repo.git")
	if err := os.Mkdir(home, 0o700); err != nil {
		return "", fmt.Errorf("gitfetch: %w", err)
	}
	env := f.env(home, req.Token, pin)

	args := []string{"clone", "--bare", "--depth", "1", "--single-branch", "--no-tags", "--no-recurse-submodules", "--quiet"}
	if req.Ref != "" {
		args = append(args, "--branch", req.Ref)
	}
	args = append(args, "--", req.URL, repo)
	var tooBig atomic.Bool
	watchCtx, stopWatch := context.WithCancel(ctx)
	cloneCtx, killClone := context.WithCancel(ctx)
	go f.watchSize(watchCtx, repo, &tooBig, killClone)
	out, err := f.run(cloneCtx, tmp, env, nil, args...)
	stopWatch()
	killClone()
	switch {
	case tooBig.Load():
		return "", ErrTooLarge
	case ctx.Err() != nil:
		return "", fmt.Errorf("gitfetch: clone timed out: %w", ctx.Err())
	case err != nil:
		msg := scrub(string(out), req.Token)
		if strings.Contains(msg, "not found in upstream") || strings.Contains(msg, "Remote branch") {
			return "", fmt.Errorf("%w: %s", ErrInvalidRef, firstLine(msg))
		}
		return "", fmt.Errorf("gitfetch: clone: %s", firstLine(msg))
	}
	head, err := f.run(ctx, repo, env, nil, "rev-parse", "--verify", "HEAD^{commit}")
	if err != nil {
		return "", fmt.Errorf("gitfetch: rev-parse: %s", firstLine(string(head)))
	}
	commit = strings.TrimSpace(string(head))
	lw := &limitWriter{w: w, left: f.Limits.MaxArchiveBytes}
	if out, err := f.run(ctx, repo, env, lw, "archive", "--format=tar.gz", commit); err != nil {
		if lw.over {
			return "", ErrTooLarge
		}
		return "", fmt.Errorf("gitfetch: archive: %s", firstLine(string(out)))
	}
	return commit, nil
}

// pin resolves u's host once, checks every address with the guard and
// returns the curl resolve entry pinning git to the first one ("" for a
// literal IP, which the guard already checked).
func (f *Fetcher) pin(ctx context.Context, u *url.URL) (string, error) {
	host := u.Hostname()
	port := uint16(443)
	if u.Scheme == "http" {
		port = 80
	}
	if p := u.Port(); p != "" {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil {
			return "", fmt.Errorf("gitfetch: invalid port")
		}
		port = uint16(n)
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return "", f.Guard.CheckAddr(ip.Unmap(), port)
	}
	r := f.Resolver
	if r == nil {
		r = net.DefaultResolver
	}
	addrs, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil || len(addrs) == 0 {
		return "", fmt.Errorf("gitfetch: resolve %s: %w", host, err)
	}
	for _, a := range addrs {
		if err := f.Guard.CheckAddr(a.Unmap(), port); err != nil {
			return "", err
		}
	}
	ip := addrs[0].Unmap().String()
	if addrs[0].Unmap().Is6() {
		ip = "[" + ip + "]"
	}
	return fmt.Sprintf("%s:%d:%s", host, port, ip), nil
}

// env is git's whole environment: nothing inherited from the server's
// (no proxies, no GIT_* variables, no credential helpers), configuration
// passed through GIT_CONFIG_* so the token never shows in a process list.
func (f *Fetcher) env(home, token, pin string) []string {
	cfg := [][2]string{
		{"core.hooksPath", "/dev/null"},
		{"core.fsmonitor", "false"},
		{"core.askPass", ""},
		{"credential.helper", ""},
		{"protocol.allow", "never"},
		{"protocol.https.allow", "always"},
		{"protocol.http.allow", "always"},
		{"http.followRedirects", "false"},
		{"submodule.recurse", "false"},
		{"fetch.recurseSubmodules", "false"},
		{"transfer.fsckObjects", "true"},
	}
	if pin != "" {
		cfg = append(cfg, [2]string{"http.curloptResolve", pin})
	}
	if token != "" {
		basic := base64.StdEncoding.EncodeToString([]byte("x-access-token:" + token))
		cfg = append(cfg, [2]string{"http.extraHeader", "Authorization: Basic " + basic})
	}
	env := []string{
		"HOME=" + home,
		"PATH=/usr/bin:/bin",
		"LANG=C",
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL=/dev/null",
		"GIT_TERMINAL_PROMPT=0",
		"GIT_ASKPASS=/bin/false",
		"SSH_ASKPASS=/bin/false",
		"GIT_PROTOCOL_FROM_USER=0",
		"GIT_LFS_SKIP_SMUDGE=1",
		"GIT_CONFIG_COUNT=" + strconv.Itoa(len(cfg)),
	}
	for i, kv := range cfg {
		env = append(env, fmt.Sprintf("GIT_CONFIG_KEY_%d=%s", i, kv[0]), fmt.Sprintf("GIT_CONFIG_VALUE_%d=%s", i, kv[1]))
	}
	return env
}

// run runs git in dir; stdout goes to out when set, and the combined
// stderr (and stdout when out is nil) is returned.
func (f *Fetcher) run(ctx context.Context, dir string, env []string, out io.Writer, args ...string) ([]byte, error) {
	bin := f.Git
	if bin == "" {
		bin = "git"
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.WaitDelay = 2 * time.Second
	var buf bytes.Buffer
	cmd.Stderr = &buf
	if out != nil {
		cmd.Stdout = out
	} else {
		cmd.Stdout = &buf
	}
	err := cmd.Run()
	return buf.Bytes(), err
}

// watchSize kills the clone when dir grows past the limit.
func (f *Fetcher) watchSize(ctx context.Context, dir string, tooBig *atomic.Bool, kill context.CancelFunc) {
	if f.Limits.MaxCloneBytes <= 0 {
		return
	}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var n int64
		_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					n += info.Size()
				}
			}
			return nil
		})
		if n > f.Limits.MaxCloneBytes {
			tooBig.Store(true)
			kill()
			return
		}
	}
}

// limitWriter fails the write that would pass left bytes.
type limitWriter struct {
	w    io.Writer
	left int64
	over bool
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if l.left > 0 && int64(len(p)) > l.left {
		l.over = true
		return 0, ErrTooLarge
	}
	if l.left > 0 {
		l.left -= int64(len(p))
	}
	return l.w.Write(p)
}

// scrub removes the token (and its basic-auth form) from git's output.
func scrub(s, token string) string {
	if token == "" {
		return s
	}
	s = strings.ReplaceAll(s, token, "[redacted]")
	return strings.ReplaceAll(s, base64.StdEncoding.EncodeToString([]byte("x-access-token:"+token)), "[redacted]")
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 300 {
		s = s[:300]
	}
	return s
}

// redact drops user info from a URL for messages.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return "(unparseable URL)"
}

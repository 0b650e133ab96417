package auth

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/spf13/cobra"

	"vigil/modules/auth/internal/store"
	"vigil/platform/errs"
	"vigil/platform/principal"
)

// requireInstanceAdmin is the one rule for instance administration: a
// signed-in instance administrator, and when the request came with an API
// key, a key with the admin scope (a read-only CI key of an administrator
// administers nothing).
func requireInstanceAdmin(p *principal.Principal) error {
	if p == nil || p.UserID == "" {
		return errNoAuth
	}
	if !p.InstanceAdmin {
		return errs.New(errs.KindForbidden, "only instance administrators may do this")
	}
	if p.APIKeyID != "" && !scopesAllow(p.Scopes, ScopeAdmin) {
		return errs.New(errs.KindForbidden, "this API key lacks the \"admin\" scope")
	}
	return nil
}

// RequireInstanceAdmin is the middleware in front of every instance
// administration route, whichever module serves it (main.go hands it to
// the others): it refuses anonymous callers with 401, and with 403 callers
// who are no instance administrators or whose API key lacks the admin
// scope, before the handler reads anything.
func (s *Service) RequireInstanceAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		p, _ := principal.From(c.Request().Context())
		if err := requireInstanceAdmin(p); err != nil {
			return err
		}
		return next(c)
	}
}

// AdminUsers lists accounts (instance admins only) whose email or name
// contains q (all when q is empty), after the cursor id.
// next is the cursor of the following page ("" when this is the last).
func (s *Service) AdminUsers(ctx context.Context, p *principal.Principal, q, after string, limit int) (list []store.User, next string, err error) {
	if err := requireInstanceAdmin(p); err != nil {
		return nil, "", err
	}
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	// One more than asked says whether a next page exists.
	if list, err = s.store.SearchUsers(ctx, q, after, limit+1); err != nil {
		return nil, "", err
	}
	if len(list) > limit {
		list = list[:limit]
		next = list[limit-1].ID
	}
	return list, next, nil
}

// SetInstanceAdmin makes an account an instance administrator or takes
// the role away. The instance always keeps one administrator whose
// account is enabled: removing the last one is a conflict.
func (s *Service) SetInstanceAdmin(ctx context.Context, m Meta, p *principal.Principal, userID string, admin bool) error {
	if err := requireInstanceAdmin(p); err != nil {
		return err
	}
	changed := false
	err := s.store.WithTx(ctx, func(ctx context.Context) error {
		if err := s.store.LockAdmins(ctx); err != nil {
			return err
		}
		u, err := s.store.UserByID(ctx, userID)
		if err != nil {
			return err
		}
		if u.InstanceAdmin == admin {
			return nil
		}
		if admin && u.DisabledAt != nil {
			return errs.New(errs.KindConflict, "this account is disabled: enable it before making it an instance administrator")
		}
		if !admin && u.DisabledAt == nil {
			n, err := s.store.CountActiveAdmins(ctx)
			if err != nil {
				return err
			}
			if n <= 1 {
				return errs.New(errs.KindConflict, "this is the instance's last administrator: make another account an administrator first")
			}
		}
		changed = true
		return s.store.UpdateUser(ctx, userID, map[string]any{"instance_admin": admin})
	})
	if err != nil || !changed {
		return err
	}
	action := "admin.instance_admin_revoked"
	if admin {
		action = "admin.instance_admin_granted"
	}
	// Recording the event also makes every replica forget cached
	// identities, so the change applies to live sessions at once.
	s.record(ctx, m, auditEvent{Action: action, ActorID: p.UserID, TargetType: "user", TargetID: userID})
	return nil
}

// SetDisabled disables (ending all sessions) or re-enables an account.
func (s *Service) SetDisabled(ctx context.Context, m Meta, p *principal.Principal, userID string, disabled bool) error {
	if err := requireInstanceAdmin(p); err != nil {
		return err
	}
	if userID == p.UserID && disabled {
		return errs.New(errs.KindConflict, "you cannot disable your own account")
	}
	var val any
	action := "admin.user_enabled"
	if disabled {
		val, action = s.now(), "admin.user_disabled"
	}
	err := s.store.WithTx(ctx, func(ctx context.Context) error {
		if err := s.store.UpdateUser(ctx, userID, map[string]any{"disabled_at": val}); err != nil {
			return err
		}
		if disabled {
			return s.store.RevokeAllSessions(ctx, userID, "")
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: action, ActorID: p.UserID, TargetType: "user", TargetID: userID})
	return nil
}

// SignInActivity lists sign-in attempts newest first (all, or one
// user's), older than the cursor id when one is given.
// next is the cursor of the following page ("" when this is the last).
func (s *Service) SignInActivity(ctx context.Context, p *principal.Principal, userID, before string, limit int) (list []store.SignInEvent, next string, err error) {
	if err := requireInstanceAdmin(p); err != nil {
		return nil, "", err
	}
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	if list, err = s.store.SignInEvents(ctx, userID, before, limit+1); err != nil {
		return nil, "", err
	}
	if len(list) > limit {
		list = list[:limit]
		next = list[limit-1].ID
	}
	return list, next, nil
}

// AdminResetLink issues a password reset link for an account, for
// instances without SMTP: the admin hands it over out of band.
func (s *Service) AdminResetLink(ctx context.Context, m Meta, p *principal.Principal, userID string) (string, error) {
	if err := requireInstanceAdmin(p); err != nil {
		return "", err
	}
	if _, err := s.store.UserByID(ctx, userID); err != nil {
		return "", err
	}
	link, err := s.newResetLink(ctx, userID)
	if err != nil {
		return "", err
	}
	s.record(ctx, m, auditEvent{Action: "admin.reset_link_issued", ActorID: p.UserID, TargetType: "user", TargetID: userID})
	return link, nil
}

// AdminVerifyEmail confirms an account's email address on an
// administrator's word (for instances that cannot send email, or accounts
// whose link was lost).
func (s *Service) AdminVerifyEmail(ctx context.Context, m Meta, p *principal.Principal, userID string) error {
	if err := requireInstanceAdmin(p); err != nil {
		return err
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	if _, err := s.store.MarkEmailVerified(ctx, u.ID, u.Email, s.now()); err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "admin.email_verified", ActorID: p.UserID, TargetType: "user", TargetID: u.ID})
	return nil
}

// CreateUser creates an account with a password (the admin CLI's path; no
// rate limit, no sign-up switch).
func (s *Service) CreateUser(ctx context.Context, email, pw string, admin bool) (*store.User, error) {
	email = normalizeEmail(email)
	if err := validateEmail(email); err != nil {
		return nil, err
	}
	if err := validatePassword("password", pw); err != nil {
		return nil, err
	}
	hash, err := s.hasher.Hash(ctx, pw)
	if err != nil {
		return nil, err
	}
	// An administrator vouches for the address.
	u, err := s.createUser(ctx, email, "", &hash, admin, true)
	if err != nil {
		return nil, err
	}
	s.record(ctx, Meta{IP: "cli"}, auditEvent{Action: "admin.user_created", TargetType: "user", TargetID: u.ID,
		Details: map[string]any{"instance_admin": u.InstanceAdmin}})
	return u, nil
}

// NewAdminCreateUserCommand returns `create-user` for the `vigil admin`
// command. newService is called only when the command runs, so --help
// needs no database; the password is read from stdin (never a flag, which
// would land in shell history and ps output).
func NewAdminCreateUserCommand(newService func(ctx context.Context) (*Service, func(), error)) *cobra.Command {
	var email string
	var fromStdin, admin bool
	cmd := &cobra.Command{
		Use:     "create-user --email EMAIL --password-stdin [--admin]",
		Short:   "Create an account with a password (read from stdin)",
		Example: "  printf '%s' \"$PASSWORD\" | vigil admin create-user --email alice@example.com --password-stdin --admin",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if email == "" {
				return fmt.Errorf("--email is required")
			}
			if !fromStdin {
				return fmt.Errorf("--password-stdin is required: pipe the password on standard input")
			}
			raw, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), maxPasswordLen+2))
			if err != nil {
				return fmt.Errorf("read password from stdin: %w", err)
			}
			pw := strings.TrimRight(string(raw), "\r\n")
			svc, closeFn, err := newService(cmd.Context())
			if err != nil {
				return err
			}
			defer closeFn()
			u, err := svc.CreateUser(cmd.Context(), email, pw, admin)
			if err != nil {
				var e *errs.Error
				if ok := errsAs(err, &e); ok {
					msg := e.Message
					for _, f := range e.Fields {
						msg += fmt.Sprintf("; %s %s", f.Field, f.Message)
					}
					return fmt.Errorf("create user: %s", msg)
				}
				return err
			}
			role := "user"
			if u.InstanceAdmin {
				role = "instance admin"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created %s %s (id %s)\n", role, u.Email, u.ID)
			return nil
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "email address of the new account")
	cmd.Flags().BoolVar(&fromStdin, "password-stdin", false, "read the password from standard input")
	cmd.Flags().BoolVar(&admin, "admin", false, "make the account an instance administrator")
	return cmd
}

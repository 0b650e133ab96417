package auth

import (
	"context"
	"errors"
	"strings"
	"time"

	"vigil/modules/auth/internal/store"
	"vigil/modules/auth/internal/token"
	"vigil/platform/errs"
	"vigil/platform/ids"
	"vigil/platform/principal"
)

const invitationTTL = 7 * 24 * time.Hour

// CreateWorkspace creates a team workspace owned by p.
func (s *Service) CreateWorkspace(ctx context.Context, m Meta, p *principal.Principal, name string) (*store.Workspace, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 100 {
		return nil, errs.Invalid("invalid input", errs.FieldError{Field: "name", Message: "must be 1 to 100 characters"})
	}
	now := s.now()
	w := &store.Workspace{ID: store.NewID(), Name: name, CreatedBy: p.UserID, CreatedAt: now, UpdatedAt: now}
	if err := s.store.WithTx(ctx, func(ctx context.Context) error { return s.store.CreateWorkspace(ctx, w, p.UserID) }); err != nil {
		return nil, err
	}
	s.record(ctx, m, auditEvent{Action: "workspace.created", ActorID: p.UserID, WorkspaceID: w.ID, TargetType: "workspace", TargetID: w.ID})
	return w, nil
}

// RenameWorkspace renames a workspace.
func (s *Service) RenameWorkspace(ctx context.Context, p *principal.Principal, id, name string) (*store.Workspace, error) {
	if err := s.Can(ctx, p, id, "workspace:manage"); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 100 {
		return nil, errs.Invalid("invalid input", errs.FieldError{Field: "name", Message: "must be 1 to 100 characters"})
	}
	if err := s.store.RenameWorkspace(ctx, id, name); err != nil {
		return nil, err
	}
	// A workspace's settings are audited like its members and keys.
	s.record(ctx, Meta{}, auditEvent{Action: "workspace.renamed", ActorID: p.UserID, WorkspaceID: id,
		TargetType: "workspace", TargetID: id, Details: map[string]any{"name": name}})
	return s.store.WorkspaceByID(ctx, id)
}

// WorkspaceExists returns nil when workspace id exists and a not-found
// error otherwise (a malformed id included). It reveals existence, so it is
// for callers that have already checked who is asking (an instance
// administrator granting credits).
func (s *Service) WorkspaceExists(ctx context.Context, id string) error {
	if err := ids.Check("workspace", id); err != nil {
		return err
	}
	_, err := s.store.WorkspaceByID(ctx, id)
	return err
}

// Workspace returns a workspace p may read, with p's role in it.
func (s *Service) Workspace(ctx context.Context, p *principal.Principal, id string) (*store.Workspace, string, error) {
	if err := s.Can(ctx, p, id, "workspace:read"); err != nil {
		return nil, "", err
	}
	w, err := s.store.WorkspaceByID(ctx, id)
	if err != nil {
		return nil, "", err
	}
	mb, err := s.store.Membership(ctx, id, p.UserID)
	if err != nil {
		return nil, "", err
	}
	return w, mb.Role, nil
}

// WorkspaceName is the name of a workspace p may read (for report covers).
func (s *Service) WorkspaceName(ctx context.Context, p *principal.Principal, id string) (string, error) {
	w, _, err := s.Workspace(ctx, p, id)
	if err != nil {
		return "", err
	}
	return w.Name, nil
}

// Workspaces lists p's workspaces (an API key sees only its own).
func (s *Service) Workspaces(ctx context.Context, p *principal.Principal) ([]store.WorkspaceWithRole, error) {
	all, err := s.store.WorkspacesOf(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	return filterWorkspaces(p, all), nil
}

// filterWorkspaces limits an API key to its own workspace.
func filterWorkspaces(p *principal.Principal, all []store.WorkspaceWithRole) []store.WorkspaceWithRole {
	if p.APIKeyID == "" {
		return all
	}
	var out []store.WorkspaceWithRole
	for _, w := range all {
		if w.ID == p.WorkspaceID {
			out = append(out, w)
		}
	}
	return out
}

// Members lists a workspace's members.
func (s *Service) Members(ctx context.Context, p *principal.Principal, id string) ([]store.Member, error) {
	if err := s.Can(ctx, p, id, "workspace:read"); err != nil {
		return nil, err
	}
	return s.store.Members(ctx, id)
}

func validRole(r string) bool { _, ok := roleRank[r]; return ok }

// SetRole changes a member's role. Only owners grant or take away owner,
// and a workspace always keeps at least one owner.
func (s *Service) SetRole(ctx context.Context, m Meta, p *principal.Principal, workspaceID, userID, role string) error {
	if err := s.Can(ctx, p, workspaceID, "members:manage"); err != nil {
		return err
	}
	if !validRole(role) {
		return errs.Invalid("invalid input", errs.FieldError{Field: "role", Message: "must be owner, admin, member or viewer"})
	}
	w, err := s.store.WorkspaceByID(ctx, workspaceID)
	if err != nil {
		return err
	}
	if w.Personal {
		return errs.New(errs.KindConflict, "a personal workspace has exactly one member")
	}
	var from string
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		actor, err := s.store.Membership(ctx, workspaceID, p.UserID)
		if err != nil {
			return err
		}
		target, err := s.store.Membership(ctx, workspaceID, userID)
		if errors.Is(err, errs.ErrNotFound) {
			return errs.NotFound("member")
		}
		if err != nil {
			return err
		}
		from = target.Role
		if (role == RoleOwner || target.Role == RoleOwner) && actor.Role != RoleOwner {
			return errs.New(errs.KindForbidden, "only an owner can grant or remove the owner role")
		}
		if target.Role == RoleOwner && role != RoleOwner {
			n, err := s.store.CountOwners(ctx, workspaceID)
			if err != nil {
				return err
			}
			if n <= 1 {
				return errs.New(errs.KindConflict, "a workspace needs at least one owner; make someone else owner first")
			}
		}
		return s.store.SetRole(ctx, workspaceID, userID, role)
	})
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "workspace.role_changed", ActorID: p.UserID, WorkspaceID: workspaceID,
		TargetType: "user", TargetID: userID, Details: map[string]any{"from": from, "to": role}})
	return nil
}

// RemoveMember removes a member (or lets a member leave).
func (s *Service) RemoveMember(ctx context.Context, m Meta, p *principal.Principal, workspaceID, userID string) error {
	if userID != p.UserID {
		if err := s.Can(ctx, p, workspaceID, "members:manage"); err != nil {
			return err
		}
	} else if err := s.Can(ctx, p, workspaceID, "workspace:read"); err != nil {
		return err
	}
	w, err := s.store.WorkspaceByID(ctx, workspaceID)
	if err != nil {
		return err
	}
	if w.Personal {
		return errs.New(errs.KindConflict, "nobody can leave a personal workspace")
	}
	var removedRole string
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		actor, err := s.store.Membership(ctx, workspaceID, p.UserID)
		if err != nil {
			return err
		}
		target, err := s.store.Membership(ctx, workspaceID, userID)
		if errors.Is(err, errs.ErrNotFound) {
			return errs.NotFound("member")
		}
		if err != nil {
			return err
		}
		removedRole = target.Role
		if target.Role == RoleOwner {
			if actor.Role != RoleOwner {
				return errs.New(errs.KindForbidden, "only an owner can remove an owner")
			}
			n, err := s.store.CountOwners(ctx, workspaceID)
			if err != nil {
				return err
			}
			if n <= 1 {
				return errs.New(errs.KindConflict, "a workspace needs at least one owner; make someone else owner first")
			}
		}
		return s.store.RemoveMember(ctx, workspaceID, userID)
	})
	if err != nil {
		return err
	}
	s.record(ctx, m, auditEvent{Action: "workspace.member_removed", ActorID: p.UserID, WorkspaceID: workspaceID,
		TargetType: "user", TargetID: userID, Details: map[string]any{"role": removedRole}})
	return nil
}

// InvitationResult is a new invitation; Link is returned to the inviter
// only when the instance sends no email (Emailed: the email is queued).
type InvitationResult struct {
	Invitation store.Invitation
	Link       string
	Emailed    bool
}

// Invite creates an invitation and queues the email with its link (or
// returns the link when SMTP is off).
func (s *Service) Invite(ctx context.Context, m Meta, p *principal.Principal, workspaceID, email, role string) (*InvitationResult, error) {
	if err := s.Can(ctx, p, workspaceID, "members:manage"); err != nil {
		return nil, err
	}
	email = normalizeEmail(email)
	if err := validateEmail(email); err != nil {
		return nil, err
	}
	if !validRole(role) {
		return nil, errs.Invalid("invalid input", errs.FieldError{Field: "role", Message: "must be owner, admin, member or viewer"})
	}
	w, err := s.store.WorkspaceByID(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	if w.Personal {
		return nil, errs.New(errs.KindConflict, "invite people to a team workspace, not to your personal one")
	}
	if role == RoleOwner {
		actor, err := s.store.Membership(ctx, workspaceID, p.UserID)
		if err != nil {
			return nil, err
		}
		if actor.Role != RoleOwner {
			return nil, errs.New(errs.KindForbidden, "only an owner can invite an owner")
		}
	}
	secret := token.RandomString(32)
	now := s.now()
	inv := store.Invitation{ID: store.NewID(), WorkspaceID: workspaceID, Email: email, Role: role,
		TokenHash: token.Hash(secret), InvitedBy: p.UserID, CreatedAt: now, ExpiresAt: now.Add(invitationTTL)}
	link := s.baseURL + "/invitations/accept?token=" + secret
	res := &InvitationResult{Invitation: inv}
	// The invitation and the email carrying its link are written together;
	// the queued email is retried until the mail server takes it.
	if err := s.store.WithTx(ctx, func(ctx context.Context) error {
		if err := s.store.CreateInvitation(ctx, &inv); err != nil {
			return err
		}
		if s.mailer == nil {
			return nil
		}
		body := "You have been invited to the Vigil workspace \"" + w.Name + "\" as " + role +
			".\n\nAccept the invitation (valid for 7 days):\n" + link + "\n"
		return s.sendLater(ctx, email, "Invitation to "+w.Name+" on Vigil", body)
	}); err != nil {
		return nil, err
	}
	res.Invitation = inv
	if s.mailer != nil {
		res.Emailed = true
	} else {
		res.Link = link
	}
	s.record(ctx, m, auditEvent{Action: "workspace.invitation_created", ActorID: p.UserID, WorkspaceID: workspaceID,
		TargetType: "invitation", TargetID: inv.ID, Details: map[string]any{"role": role}})
	return res, nil
}

// Invitations lists pending invitations of a workspace.
func (s *Service) Invitations(ctx context.Context, p *principal.Principal, workspaceID string) ([]store.Invitation, error) {
	if err := s.Can(ctx, p, workspaceID, "members:manage"); err != nil {
		return nil, err
	}
	return s.store.Invitations(ctx, workspaceID)
}

// RevokeInvitation withdraws a pending invitation.
func (s *Service) RevokeInvitation(ctx context.Context, m Meta, p *principal.Principal, workspaceID, id string) error {
	if err := s.Can(ctx, p, workspaceID, "members:manage"); err != nil {
		return err
	}
	ok, err := s.store.MarkInvitation(ctx, workspaceID, id, "revoked_at")
	if err != nil {
		return err
	}
	if !ok {
		return errs.NotFound("invitation")
	}
	s.record(ctx, m, auditEvent{Action: "workspace.invitation_revoked", ActorID: p.UserID, WorkspaceID: workspaceID, TargetType: "invitation", TargetID: id})
	return nil
}

// AcceptInvitation adds the signed-in user to the invitation's workspace.
// The invitation must be addressed to the user's email.
func (s *Service) AcceptInvitation(ctx context.Context, m Meta, p *principal.Principal, secret string) (*store.Workspace, error) {
	inv, err := s.store.InvitationByTokenHash(ctx, token.Hash(secret))
	if errors.Is(err, errs.ErrNotFound) || (err == nil && (inv.AcceptedAt != nil || inv.RevokedAt != nil || !s.now().Before(inv.ExpiresAt))) {
		return nil, errs.New(errs.KindNotFound, "this invitation is invalid, used or expired; ask for a new one")
	}
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(inv.Email, p.Email) {
		return nil, errs.New(errs.KindForbidden, "this invitation was sent to another email address; sign in with that account")
	}
	// The address is the authority here: it must be proven, or whoever
	// signed up with someone else's email could join their workspaces.
	u, err := s.store.UserByID(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	if err := requireVerified(u); err != nil {
		return nil, err
	}
	err = s.store.WithTx(ctx, func(ctx context.Context) error {
		ok, err := s.store.MarkInvitation(ctx, inv.WorkspaceID, inv.ID, "accepted_at")
		if err != nil {
			return err
		}
		if !ok {
			return errs.New(errs.KindNotFound, "this invitation is invalid, used or expired; ask for a new one")
		}
		return s.store.AddMember(ctx, &store.Membership{WorkspaceID: inv.WorkspaceID, UserID: p.UserID, Role: inv.Role, CreatedAt: s.now()})
	})
	if err != nil {
		return nil, err
	}
	s.record(ctx, m, auditEvent{Action: "workspace.member_joined", ActorID: p.UserID, WorkspaceID: inv.WorkspaceID,
		TargetType: "user", TargetID: p.UserID, Details: map[string]any{"role": inv.Role}})
	return s.store.WorkspaceByID(ctx, inv.WorkspaceID)
}

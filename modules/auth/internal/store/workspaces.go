package store

import (
	"context"
	"fmt"
	"time"

	"vigil/platform/errs"
)

// CreateWorkspace inserts a workspace and its first (owner) membership.
func (s *Store) CreateWorkspace(ctx context.Context, w *Workspace, ownerID string) error {
	if err := s.conn(ctx).Create(w).Error; err != nil {
		return fmt.Errorf("auth store: create workspace: %w", err)
	}
	return s.AddMember(ctx, &Membership{WorkspaceID: w.ID, UserID: ownerID, Role: "owner", CreatedAt: w.CreatedAt})
}

// WorkspaceByID loads a workspace.
func (s *Store) WorkspaceByID(ctx context.Context, id string) (*Workspace, error) {
	var w Workspace
	if err := s.conn(ctx).Where("id = ?", id).Take(&w).Error; err != nil {
		return nil, notFound(err, "workspace")
	}
	return &w, nil
}

// RenameWorkspace changes a workspace's name.
func (s *Store) RenameWorkspace(ctx context.Context, id, name string) error {
	res := s.conn(ctx).Model(&Workspace{}).Where("id = ?", id).
		Updates(map[string]any{"name": name, "updated_at": time.Now().UTC()})
	if res.Error != nil {
		return fmt.Errorf("auth store: rename workspace: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("workspace")
	}
	return nil
}

// WorkspaceWithRole is a workspace and the caller's role in it.
type WorkspaceWithRole struct {
	Workspace
	Role string
}

// WorkspacesOf lists the workspaces a user belongs to, personal first.
func (s *Store) WorkspacesOf(ctx context.Context, userID string) ([]WorkspaceWithRole, error) {
	var out []WorkspaceWithRole
	err := s.conn(ctx).Table("auth_workspaces AS w").
		Select("w.*, m.role").
		Joins("JOIN auth_memberships m ON m.workspace_id = w.id").
		Where("m.user_id = ?", userID).
		Order("w.personal DESC, w.name, w.id").
		Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("auth store: workspaces of user: %w", err)
	}
	return out, nil
}

// AddMember inserts a membership; an existing one is a conflict.
func (s *Store) AddMember(ctx context.Context, m *Membership) error {
	if err := s.conn(ctx).Create(m).Error; err != nil {
		if isUniqueViolation(err) {
			return errs.New(errs.KindConflict, "already a member of this workspace")
		}
		return fmt.Errorf("auth store: add member: %w", err)
	}
	return nil
}

// Membership returns the role of userID in workspaceID, or not found.
func (s *Store) Membership(ctx context.Context, workspaceID, userID string) (*Membership, error) {
	var m Membership
	if err := s.conn(ctx).Where("workspace_id = ? AND user_id = ?", workspaceID, userID).Take(&m).Error; err != nil {
		return nil, notFound(err, "workspace")
	}
	return &m, nil
}

// Member is a membership with the member's user details.
type Member struct {
	UserID    string
	Email     string
	Name      string
	Role      string
	CreatedAt time.Time
}

// Members lists a workspace's members.
func (s *Store) Members(ctx context.Context, workspaceID string) ([]Member, error) {
	var out []Member
	err := s.conn(ctx).Table("auth_memberships AS m").
		Select("m.user_id, u.email, u.name, m.role, m.created_at").
		Joins("JOIN auth_users u ON u.id = m.user_id").
		Where("m.workspace_id = ?", workspaceID).
		Order("m.created_at, u.email").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("auth store: members: %w", err)
	}
	return out, nil
}

// CountOwners counts a workspace's owners (the last one may not leave).
func (s *Store) CountOwners(ctx context.Context, workspaceID string) (int64, error) {
	var n int64
	if err := s.conn(ctx).Model(&Membership{}).Where("workspace_id = ? AND role = ?", workspaceID, "owner").Count(&n).Error; err != nil {
		return 0, fmt.Errorf("auth store: count owners: %w", err)
	}
	return n, nil
}

// SetRole changes a member's role.
func (s *Store) SetRole(ctx context.Context, workspaceID, userID, role string) error {
	res := s.conn(ctx).Model(&Membership{}).Where("workspace_id = ? AND user_id = ?", workspaceID, userID).Update("role", role)
	if res.Error != nil {
		return fmt.Errorf("auth store: set role: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("member")
	}
	return nil
}

// RemoveMember deletes a membership and the member's API keys for that workspace.
func (s *Store) RemoveMember(ctx context.Context, workspaceID, userID string) error {
	res := s.conn(ctx).Where("workspace_id = ? AND user_id = ?", workspaceID, userID).Delete(&Membership{})
	if res.Error != nil {
		return fmt.Errorf("auth store: remove member: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return errs.NotFound("member")
	}
	if err := s.conn(ctx).Model(&APIKey{}).Where("workspace_id = ? AND user_id = ? AND revoked_at IS NULL", workspaceID, userID).
		Update("revoked_at", time.Now().UTC()).Error; err != nil {
		return fmt.Errorf("auth store: revoke keys of removed member: %w", err)
	}
	return nil
}

// CreateInvitation stores an invitation.
func (s *Store) CreateInvitation(ctx context.Context, inv *Invitation) error {
	if err := s.conn(ctx).Create(inv).Error; err != nil {
		return fmt.Errorf("auth store: create invitation: %w", err)
	}
	return nil
}

// Invitations lists a workspace's invitations that are neither accepted nor revoked.
func (s *Store) Invitations(ctx context.Context, workspaceID string) ([]Invitation, error) {
	var out []Invitation
	if err := s.conn(ctx).Where("workspace_id = ? AND accepted_at IS NULL AND revoked_at IS NULL", workspaceID).
		Order("id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("auth store: invitations: %w", err)
	}
	return out, nil
}

// InvitationByTokenHash finds an invitation by its token hash.
func (s *Store) InvitationByTokenHash(ctx context.Context, hash string) (*Invitation, error) {
	var inv Invitation
	if err := s.conn(ctx).Where("token_hash = ?", hash).Take(&inv).Error; err != nil {
		return nil, notFound(err, "invitation")
	}
	return &inv, nil
}

// MarkInvitation sets accepted_at or revoked_at (column) once; false when it was already closed.
func (s *Store) MarkInvitation(ctx context.Context, workspaceID, id, column string) (bool, error) {
	if column != "accepted_at" && column != "revoked_at" {
		return false, fmt.Errorf("auth store: bad invitation column %q", column)
	}
	res := s.conn(ctx).Model(&Invitation{}).
		Where("id = ? AND workspace_id = ? AND accepted_at IS NULL AND revoked_at IS NULL", id, workspaceID).
		Update(column, time.Now().UTC())
	if res.Error != nil {
		return false, fmt.Errorf("auth store: close invitation: %w", res.Error)
	}
	return res.RowsAffected == 1, nil
}

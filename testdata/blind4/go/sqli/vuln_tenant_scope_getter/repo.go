package projects

import (
	"fmt"

	"gorm.io/gorm"
)

type Project struct {
	ID         uint   `json:"id"`
	Name       string `json:"name"`
	TenantSlug string `json:"-"`
}

type ProjectRepo struct {
	db *gorm.DB
}

func (r *ProjectRepo) Active(scope TenantScope) ([]Project, error) {
	var out []Project
	err := r.db.Where(fmt.Sprintf("tenant_slug = '%s' AND archived = false", scope.Slug())).Order("name").Find(&out).Error // LABEL: CWE-89
	return out, err
}

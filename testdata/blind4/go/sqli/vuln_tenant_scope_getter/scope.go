package projects

type TenantScope struct {
	slug string
}

func NewTenantScope(slug string) TenantScope {
	return TenantScope{slug: slug}
}

func (s TenantScope) Slug() string {
	return s.slug
}

// Package migrations embeds the SQL migrations of every module, one folder
// per dialect with the same numbers and the same tables and columns.
// Number ranges by owner: 00001-00009 platform, 00010-00019 auth,
// 00020-00029 credits, 00030-00039 analysis, 00040s repositories, 00050s
// integrations. Version 00001 (River's schema) is a Go migration in
// vigil/platform/migrate because River's own migrator writes it.
package migrations

import "embed"

// FS holds postgres/*.sql and sqlite/*.sql.
//
//go:embed postgres/*.sql sqlite/*.sql
var FS embed.FS

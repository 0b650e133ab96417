-- +goose Up
-- sarif_upload: after each default-branch scan of a GitHub repository,
-- upload its SARIF to GitHub code scanning (off by default).
ALTER TABLE repositories ADD COLUMN sarif_upload boolean NOT NULL DEFAULT false;
-- sarif_id and sarif_status: the code-scanning upload of a scan (its id
-- on GitHub and its processing status: uploading, pending, complete,
-- failed).
ALTER TABLE repository_scans ADD COLUMN sarif_id text NOT NULL DEFAULT '';
ALTER TABLE repository_scans ADD COLUMN sarif_status text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE repository_scans DROP COLUMN sarif_status;
ALTER TABLE repository_scans DROP COLUMN sarif_id;
ALTER TABLE repositories DROP COLUMN sarif_upload;

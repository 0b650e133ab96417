package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"vigil/platform/config"
	"vigil/platform/errs"
)

// S3Store keeps blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph,
// R2, ...). Unlike DBStore it cannot join a database transaction: callers
// delete what they put when their transaction fails.
type S3Store struct {
	c      *minio.Client
	bucket string
	prefix string
}

// NewS3 connects to the bucket described by cfg and checks that it exists,
// so a wrong endpoint, key or bucket fails at start-up with a clear
// message rather than on the first upload.
func NewS3(ctx context.Context, cfg config.S3, transport http.RoundTripper) (*S3Store, error) {
	u, err := url.Parse(cfg.Endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("blob: s3 endpoint %q must be an http(s) URL", cfg.Endpoint)
	}
	lookup := minio.BucketLookupAuto
	if cfg.PathStyle {
		lookup = minio.BucketLookupPath
	}
	c, err := minio.New(u.Host, &minio.Options{
		Creds:        credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure:       u.Scheme == "https",
		Region:       cfg.Region,
		BucketLookup: lookup,
		Transport:    transport,
	})
	if err != nil {
		return nil, fmt.Errorf("blob: s3 client: %w", err)
	}
	ok, err := c.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, fmt.Errorf("blob: s3 bucket %q at %s: %w", cfg.Bucket, u.Host, err)
	}
	if !ok {
		return nil, fmt.Errorf("blob: s3 bucket %q does not exist at %s", cfg.Bucket, u.Host)
	}
	prefix := strings.Trim(cfg.Prefix, "/")
	if prefix != "" {
		prefix += "/"
	}
	return &S3Store{c: c, bucket: cfg.Bucket, prefix: prefix}, nil
}

func (s *S3Store) object(key string) (string, error) {
	if key == "" {
		return "", errors.New("blob: empty key")
	}
	return s.prefix + key, nil
}

// Put implements Store. With the size known the client streams r (in
// parts above 16 MiB, reading a file's sections directly when r is one)
// instead of buffering it.
func (s *S3Store) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	name, err := s.object(key)
	if err != nil {
		return err
	}
	if size < 0 {
		return fmt.Errorf("blob: s3 put %s: negative size %d", key, size)
	}
	_, err = s.c.PutObject(ctx, s.bucket, name, r, size,
		minio.PutObjectOptions{ContentType: "application/octet-stream"})
	if err != nil {
		return fmt.Errorf("blob: s3 put %s: %w", key, err)
	}
	return nil
}

// Get implements Store.
func (s *S3Store) Get(ctx context.Context, key string) ([]byte, error) {
	name, err := s.object(key)
	if err != nil {
		return nil, err
	}
	obj, err := s.c.GetObject(ctx, s.bucket, name, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("blob: s3 get %s: %w", key, err)
	}
	defer obj.Close()
	data, err := io.ReadAll(obj)
	if err != nil {
		if minio.ToErrorResponse(err).Code == minio.NoSuchKey {
			return nil, errs.NotFound("blob")
		}
		return nil, fmt.Errorf("blob: s3 get %s: %w", key, err)
	}
	return data, nil
}

// Delete implements Store.
func (s *S3Store) Delete(ctx context.Context, key string) error {
	name, err := s.object(key)
	if err != nil {
		return err
	}
	if err := s.c.RemoveObject(ctx, s.bucket, name, minio.RemoveObjectOptions{}); err != nil &&
		minio.ToErrorResponse(err).Code != minio.NoSuchKey {
		return fmt.Errorf("blob: s3 delete %s: %w", key, err)
	}
	return nil
}

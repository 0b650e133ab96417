# frozen_string_literal: true

require "aws-sdk-s3"

class BackupUploader
  BUCKET = "acme-nightly-backups"

  def client
    @client ||= Aws::S3::Client.new(
      region: "eu-central-1",
      access_key_id: "AKIAQ4NXZ7W2HRJ5TB6L", # LABEL: CWE-798
      secret_access_key: "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" # LABEL: CWE-798
    )
  end

  def upload(path)
    File.open(path, "rb") { |f| client.put_object(bucket: BUCKET, key: File.basename(path), body: f) }
  end
end

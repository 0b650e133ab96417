# frozen_string_literal: true

require "aws-sdk-s3"

class SafeBackupUploader
  def client
    @client ||= Aws::S3::Client.new(
      region: ENV.fetch("AWS_REGION", "eu-central-1"),
      access_key_id: Rails.application.credentials.dig(:aws, :access_key_id),
      secret_access_key: Rails.application.credentials.dig(:aws, :secret_access_key)
    )
  end
end

# frozen_string_literal: true

module SafeProfilesHelper
  ALLOWED_TAGS = %w[p br strong em a ul ol li].freeze

  # Rails' sanitizer keeps only allow-listed tags and drops scripts and event handlers.
  def profile_bio(profile)
    sanitize(profile.bio, tags: ALLOWED_TAGS, attributes: %w[href])
  end
end

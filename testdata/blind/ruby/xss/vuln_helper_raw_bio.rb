# frozen_string_literal: true

module ProfilesHelper
  # Bios may contain a little formatting, so they are output as entered.
  def profile_bio(profile)
    raw(profile.bio) # LABEL: CWE-79
  end
end

class ProfilesController < ApplicationController
  def update
    current_user.profile.update!(bio: params.dig(:profile, :bio))
    redirect_to profile_path(current_user.profile)
  end
end

class ProfilesController < ApplicationController
  skip_before_action :verify_authenticity_token, only: [:update] # vigil:expect VGL-RUBY-CSRF-001
end

class SettingsController < ApplicationController
  skip_forgery_protection # vigil:expect VGL-RUBY-CSRF-001
end
